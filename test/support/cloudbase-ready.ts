/** A stand-in CloudBase environment set up as the deploy kit sets up a real one, ready for the adapter. */
import { setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import { createStandinDatabase, type StandinDatabase, type StandinOptions } from './cloudbase-standin';

/** A fresh stand-in with every collection, index and rule of collections.json created through setupDatabase. */
export async function createReadyStandin(options: StandinOptions = {}): Promise<StandinDatabase> {
  const db = createStandinDatabase(options);
  await setupDatabase(db.admin);
  return db;
}
