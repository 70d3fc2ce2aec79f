/**
 * Text an admin writes for the public passes the content check that residents' and workers' text passes: a post's
 * name and address (on its plate and its landing page), a service point's card, the name an invite gives a worker
 * (shown on the landing page). 'risky' is refused with the field named; 'review' or a failed check lets it through,
 * as for workers (content-check.ts refuseRisky): an admin is accountable, and the audit log names them.
 */
import { AppError } from '~/types/errors';
import { refuseRisky, type ContentChecker } from '../content-check';
import type { HandlerContext } from '../context';

/** What an admin is told when a public text is refused. */
export const PUBLIC_TEXT_REJECTED = '内容含有辱骂、威胁或广告等不宜公开的字词，请修改后再保存';

/** Checks each non-empty field of `fields` (by its input name), refusing the first the check finds 'risky'. */
export async function checkPublicText(
  ctx: Pick<HandlerContext, 'contentChecker'>,
  openid: string,
  fields: Record<string, string | null | undefined>,
): Promise<void> {
  for (const [field, text] of Object.entries(fields)) {
    if (text) await refuseRisky(ctx.contentChecker, openid, { message: PUBLIC_TEXT_REJECTED, field }, text);
  }
}

/** Whether the check refuses `text` (a failed check does not: see refuseRisky). */
async function isRisky(checker: ContentChecker, openid: string, text: string): Promise<boolean> {
  try {
    await refuseRisky(checker, openid, PUBLIC_TEXT_REJECTED, text);
    return false;
  } catch (err) {
    if (err instanceof AppError && err.code === 'CONTENT_REJECTED') return true;
    throw err;
  }
}

/** One row of an import file as the check reads it. */
export interface PublicRow {
  row: number;
  name: string;
  address: string;
}

/**
 * The fields of `rows` the check refuses, as [row, field] pairs. The rows are checked together (one call per
 * 2,500 characters on WeChat), and only a refused group is split in halves to find its rows, so a clean file of
 * 5,292 posts costs a few dozen calls and each refused row about a dozen more.
 */
export async function riskyFields(
  checker: ContentChecker,
  openid: string,
  rows: readonly PublicRow[],
): Promise<{ row: number; field: 'name' | 'address' }[]> {
  if (rows.length === 0) return [];
  const joined = rows.map((r) => `${r.name}\n${r.address}`).join('\n');
  if (!(await isRisky(checker, openid, joined))) return [];
  if (rows.length > 1) {
    const half = Math.ceil(rows.length / 2);
    return [
      ...(await riskyFields(checker, openid, rows.slice(0, half))),
      ...(await riskyFields(checker, openid, rows.slice(half))),
    ];
  }
  const [r] = rows;
  const found: { row: number; field: 'name' | 'address' }[] = [];
  if (await isRisky(checker, openid, r.name)) found.push({ row: r.row, field: 'name' });
  if (await isRisky(checker, openid, r.address)) found.push({ row: r.row, field: 'address' });
  // Refused only together (a phrase across the two): the row is refused on its name.
  return found.length > 0 ? found : [{ row: r.row, field: 'name' }];
}
