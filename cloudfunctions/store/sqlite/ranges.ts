/** Region-code ranges and name filters shared by the embedded store's "in a region" reads. */

/** The first code after every code starting with `prefix` (codes are digits, so one high character suffices). */
export function prefixEnd(prefix: string): string {
  return `${prefix}\uffff`;
}

/** A LIKE pattern matching text that contains `part` literally (`%`, `_` and `\` escaped with `\`). */
export function containsPattern(part: string): string {
  return `%${part.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A page of rows of one region, in id order after `after`; `name` is a containsPattern or null. */
export interface RegionPage {
  lo: string;
  hi: string;
  after: string;
  limit: number;
  name: string | null;
}

/** The bounds of a region page for `prefix`. */
export function regionPage(prefix: string, afterId: string | null, limit: number, nameLike?: string): RegionPage {
  return {
    lo: prefix,
    hi: prefixEnd(prefix),
    after: afterId ?? '',
    limit,
    name: nameLike ? containsPattern(nameLike) : null,
  };
}
