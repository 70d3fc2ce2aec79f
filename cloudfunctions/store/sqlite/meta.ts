/** The embedded store's small persistent settings (table `meta`). */
import type { MetaPort } from '../port';
import type { Statements } from './statements';

/** The meta group of one connection. */
export function sqliteMeta(st: Statements): MetaPort {
  return {
    get: async (key) => st.metaGet.get(key) ?? null,
    set: async (key, value) => {
      st.metaSet.run(key, value);
    },
  };
}
