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
