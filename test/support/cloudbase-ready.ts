/** A stand-in CloudBase environment set up as the deploy kit sets up a real one, ready for the adapter. */
import { setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import type { Store } from '~/cloudfunctions/store/port';
import type { Dataset } from '~/cloudfunctions/store/rows';
import { createStandinDatabase, type StandinDatabase, type StandinOptions } from './cloudbase-standin';

/** A fresh stand-in with every collection, index and rule of collections.json created through setupDatabase. */
export async function createReadyStandin(options: StandinOptions = {}): Promise<StandinDatabase> {
  const db = createStandinDatabase(options);
  await setupDatabase(db.admin);
  return db;
}

/**
 * Loads `data` into `db` through the CloudBase adapter and answers the adapter. It is imported only now, inside a
 * hook: a test of a cloud entry has mocked wx-server-sdk by then.
 */
export async function loadThroughAdapter(db: StandinDatabase, data: Dataset): Promise<Store> {
  const { createCloudbaseStore } = await import('~/cloudfunctions/store/cloudbase');
  const store = createCloudbaseStore(db);
  await store.load(data);
  return store;
}
