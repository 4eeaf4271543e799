import { join } from 'node:path';
import { tempDirs } from '../../../test/support/temp-dir';
import { SqliteViewStore } from '../src';
import { view, viewStoreContract } from './view-store.contract';

const tempDir = tempDirs();

viewStoreContract('SQLite', async () => new SqliteViewStore(join(tempDir(), 'views.db')));

describe('SQLite view store on disk', () => {
  it('keeps views and checkpoint across a reopen', async () => {
    const file = join(tempDir(), 'views.db');
    const first = new SqliteViewStore(file);
    await first.commit([view('a', '2017-09-28')], 9);
    await first.close();
    const second = new SqliteViewStore(file);
    expect(await second.checkpoint()).toBe(9);
    expect(await second.get('a')).not.toBeNull();
    await second.close();
  });
});

describe('SQLite view store serving JSON', () => {
  it('serves a view changed by its own commit or by another connection, not the one it served before', async () => {
    const file = join(tempDir(), 'views.db');
    const api = new SqliteViewStore(file);
    const projector = new SqliteViewStore(file);
    await projector.commit([view('a', '2017-09-28', { claimCount: 1 })], 1);
    expect(JSON.parse(String(await api.getJson('a'))).claimCount).toBe(1);
    expect(JSON.parse(String(await api.getJson('a'))).claimCount).toBe(1);
    // Another connection (the projector of another process) commits: the api sees it at once.
    await projector.commit([view('a', '2017-09-28', { claimCount: 2 })], 2);
    expect(JSON.parse(String(await api.getJson('a'))).claimCount).toBe(2);
    // Its own connection commits (projector and api in one process).
    await api.commit([view('a', '2017-09-28', { claimCount: 3 })], 3);
    expect(JSON.parse(String(await api.getJson('a'))).claimCount).toBe(3);
    await api.reset();
    expect(await api.getJson('a')).toBeNull();
    await api.close();
    await projector.close();
  });
});
