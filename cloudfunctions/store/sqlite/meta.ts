/** The embedded store's small persistent settings (table `meta`). */
import type Database from 'better-sqlite3';
import type { MetaPort } from '../port';
import { metaClaimer } from './meta-claim';
import type { Statements } from './statements';

/** The meta group of one connection. */
export function sqliteMeta(db: Database.Database, st: Statements): MetaPort {
  return {
    ...metaClaimer(db),
    get: async (key) => st.metaGet.get(key) ?? null,
    set: async (key, value, expiresAt) => {
      st.metaSetUntil.run(key, value, expiresAt ?? null);
    },
  };
}
