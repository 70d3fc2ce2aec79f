/** Regions (行政区划) on CloudBase: by code, by codes, by level. */
import type { RegionsPort } from '../port';
import { COLLECTIONS, fromDoc } from './docs';
import { chunk, getOrNull, PAGE, pageById } from './query';
import type { CloudDatabase } from './sdk';

/** The regions group over a CloudBase database. */
export function cloudRegions(db: CloudDatabase): RegionsPort {
  const _ = db.command;
  const regions = () => db.collection(COLLECTIONS.regions);
  return {
    byCode: async (code) => {
      const doc = await getOrNull(regions().doc(code));
      return doc ? fromDoc.region(doc) : null;
    },
    byCodes: async (codes) => {
      const out = [];
      for (const part of chunk([...new Set(codes)])) {
        const { data } = await regions()
          .where({ _id: _.in(part) })
          .limit(PAGE)
          .get();
        out.push(...data.map(fromDoc.region));
      }
      return out;
    },
    byLevel: async (level) => (await pageById(regions(), _, { level }, null, Infinity)).map(fromDoc.region),
  };
}
