/** SQL fragments shared by the rollup and the rebuild of the embedded store. */

/** A scan's CST day (yyyymmdd), from `at` in ms (integer division drops the milliseconds). */
export const DAY_SQL = `strftime('%Y%m%d', at / 1000 + 28800, 'unixepoch')`;
/** A scan's CST hour of day (0–23). */
export const HOUR_SQL = `(at / 1000 + 28800) % 86400 / 3600`;
/** The region levels of a post, each a subject of its own besides the post and the city. */
export const LEVELS = ['village_code', 'township_code', 'county_code'] as const;
