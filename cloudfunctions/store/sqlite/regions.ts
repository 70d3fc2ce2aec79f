/** The embedded store's regions (行政区划): by code, by codes, by level. */
import type Database from 'better-sqlite3';
import type { RegionsPort } from '../port';
import { toRegion, type RegionDbRow } from './mappers';
import type { Statements } from './statements';

/** The regions group of one connection. */
export function sqliteRegions(db: Database.Database, st: Statements): RegionsPort {
  const ofLevel = db.prepare<[string], RegionDbRow>('SELECT * FROM regions WHERE level = ? ORDER BY code');
  return {
    byCode: async (code) => {
      const row = st.regionByCode.get(code);
      return row ? toRegion(row) : null;
    },
    byCodes: async (codes) => (codes.length ? st.regionsByCodes.all(JSON.stringify(codes)).map(toRegion) : []),
    byLevel: async (level) => ofLevel.all(level).map(toRegion),
  };
}
