/**
 * meta.claim on CloudBase: `add` with the key as `_id` is refused with a duplicate-key error when the document
 * exists, so of two racing callers exactly one stores its value (the same guard as the first admin's); the other
 * reads the stored value. A claim document carries `expiresAt` (settings have none), which the timer's sweep reads.
 */
import type { MetaPort } from '../port';
import { COLLECTIONS } from './docs';
import { getOrNull, isDuplicateKey } from './query';
import type { CloudDatabase } from './sdk';

/** The claim and sweep functions over one database handle. */
export function metaClaimer(db: CloudDatabase): Pick<MetaPort, 'claim' | 'sweepClaims'> {
  const meta = () => db.collection(COLLECTIONS.meta);
  return {
    claim: async (key, value, expiresAt) => {
      try {
        await meta().add({ data: { _id: key, value, expiresAt } });
        return { claimed: true, value };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const doc = await getOrNull(meta().doc(key));
        return { claimed: false, value: typeof doc?.value === 'string' ? doc.value : value };
      }
    },
    // A query's remove takes every matching document (skip and limit do not narrow it); settings have no
    // `expiresAt`, and a range never matches a missing field, so they stay.
    sweepClaims: async (now) =>
      (
        await meta()
          .where({ expiresAt: db.command.lte(now) })
          .remove()
      ).stats.removed,
  };
}
