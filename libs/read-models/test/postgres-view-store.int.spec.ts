import { PostgresViewStore } from '../src';
import { TEST_DATABASE_URL, describePostgres, freshSchema } from '../../../test/support/postgres';
import { view, viewStoreContract } from './view-store.contract';

describePostgres('PostgreSQL read models', () => {
  const opened: PostgresViewStore[] = [];
  afterAll(async () => {
    for (const store of opened) {
      await store.drop().catch(() => undefined);
      await store.close().catch(() => undefined);
    }
  });

  viewStoreContract('PostgreSQL', async () => {
    const store = new PostgresViewStore(TEST_DATABASE_URL, { schema: freshSchema() });
    // The contract closes each store; dropping needs a connection of its own.
    opened.push(new PostgresViewStore(TEST_DATABASE_URL, { schema: (store as unknown as { schema: string }).schema }));
    return store;
  });

  it('keeps views and checkpoint in the server across connections', async () => {
    const schema = freshSchema();
    const first = new PostgresViewStore(TEST_DATABASE_URL, { schema });
    opened.push(first);
    await first.commit([view('a', '2017-09-28')], 11);
    const second = new PostgresViewStore(TEST_DATABASE_URL, { schema });
    expect(await second.checkpoint()).toBe(11);
    expect(await second.get('a')).toEqual(view('a', '2017-09-28'));
    await second.close();
  });

  it('writes nothing of a batch whose transaction fails', async () => {
    const store = new PostgresViewStore(TEST_DATABASE_URL, { schema: freshSchema() });
    opened.push(store);
    await store.commit([view('a', '2017-09-28')], 1);
    const broken = { ...view('b', '2017-09-29'), subject: { ...view('b', '2017-09-29').subject, date: null as unknown as string } };
    await expect(store.commit([view('c', '2017-09-30'), broken], 2)).rejects.toThrow();
    expect(await store.checkpoint()).toBe(1);
    expect(await store.get('c')).toBeNull();
  });
});
