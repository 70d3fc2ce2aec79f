/** Identifier rules shared by app and functions. */

/**
 * A post id (岗位编号) is the `scene` of its WeChat QR code: at most 32 characters. We allow a strict subset of
 * WeChat's scene alphabet so an id is also safe in a URL path (/s/<postId>) without escaping.
 */
export const POST_ID_PATTERN = /^[0-9A-Za-z_-]{1,32}$/;

/** Region codes (行政区划代码): 6 digits for city/county, 9 for a township, 12 for a village. */
export const REGION_CODE_PATTERN = /^\d{6}(\d{3}(\d{3})?)?$/;

/** The city of the reference network (白城市). */
export const CITY_CODE = '220800';

/**
 * The city's bounding box (白城市, WGS-84 degrees), as data/seed/counties.json has it: a post must stand inside it
 * (admin.createPost, updatePost and the CSV import answer OUTSIDE_CITY otherwise).
 */
export const CITY_BOUNDS = { minLat: 44.2, maxLat: 46.3, minLng: 121.6, maxLng: 124.9 } as const;

/**
 * RFC 9562 version-7 UUID: the time `ms` first (48 bits, hex), then random digits. Ids made close in time sort
 * together, so a new scan's id (the client-made idempotency key) lands beside the last ones in the store's index
 * rather than on a random page of it: one page written a commit instead of one a scan.
 */
export function uuid7(ms: number, random: () => number = Math.random): string {
  const time = Math.max(0, Math.min(Math.floor(ms), 2 ** 48 - 1))
    .toString(16)
    .padStart(12, '0');
  // uuid4's layout after its version digit: 3 random digits, the variant digit, 15 more.
  return `${time.slice(0, 8)}-${time.slice(8)}-7${uuid4(random).slice(15)}`;
}

/** RFC 4122 version-4 UUID (request ids, draft ids). */
export function uuid4(random: () => number = Math.random): string {
  const hex = '0123456789abcdef';
  let s = '';
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) s += '-';
    else if (i === 14) s += '4';
    else if (i === 19) s += hex[(Math.floor(random() * 16) & 0x3) | 0x8];
    else s += hex[Math.floor(random() * 16)];
  }
  return s;
}
