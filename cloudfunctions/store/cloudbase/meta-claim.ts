/**
 * meta.claim on CloudBase: `add` with the key as `_id` is refused with a duplicate-key error when the document
 * exists, so of two racing callers exactly one stores its value (the same guard as the first admin's); the other
 * reads the stored value.
 */
import { COLLECTIONS } from './docs';
import { getOrNull, isDuplicateKey } from './query';
import type { CloudDatabase } from './sdk';

/** The claim function over one database handle. */
export function metaClaimer(
  db: CloudDatabase,
): (key: string, value: string) => Promise<{ claimed: boolean; value: string }> {
  const meta = () => db.collection(COLLECTIONS.meta);
  return async (key, value) => {
    try {
      await meta().add({ data: { _id: key, value } });
      return { claimed: true, value };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const doc = await getOrNull(meta().doc(key));
      return { claimed: false, value: typeof doc?.value === 'string' ? doc.value : value };
    }
  };
}
