/** Small persistent settings on CloudBase: one `meta` document per key. */
import type { MetaPort } from '../port';
import { setCarrying } from './audit-pending';
import { COLLECTIONS } from './docs';
import { metaClaimer } from './meta-claim';
import { getOrNull } from './query';
import type { CloudDatabase } from './sdk';

/** The meta group over a CloudBase database. */
export function cloudMeta(db: CloudDatabase): MetaPort {
  const meta = () => db.collection(COLLECTIONS.meta);
  return {
    ...metaClaimer(db),
    get: async (key) => {
      const doc = await getOrNull(meta().doc(key));
      return doc && typeof doc.value === 'string' ? doc.value : null;
    },
    // `set` replaces the document whole: a setting stored over a note loses the note's expiry. A setting changed
    // with an entry is only ever changed with one (the port's contract), so a set without one has nothing to keep
    // and costs no read (sessions, file lists, notes).
    set: async (key, value, options) => {
      const expiresAt = options?.expiresAt;
      const fields = expiresAt === undefined ? { value } : { value, expiresAt };
      if (options?.audit) await setCarrying(db, COLLECTIONS.meta, key, fields, options.audit);
      else await meta().doc(key).set({ data: fields });
    },
  };
}
