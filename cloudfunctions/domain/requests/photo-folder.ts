/**
 * The caller's folder of evidence photos in cloud storage (`aid/<32 hex>`). It is a keyed hash of their openid
 * under a label of its own ('photo-folder'), so a path reveals neither the openid nor the visitor hash their scans
 * are counted under (domain/visitor.ts): a request's photo paths do not lead to its author's scans. Uploads made
 * before this was so sit in `aid/<visitor hash>/`; those already attached to requests stay where they are.
 */
import { createHmac } from 'node:crypto';

/** Domain separation: the same salt keys the visitor hash, which must never come out of this. */
const LABEL = 'photo-folder';

/** The folder of `openid`'s evidence photos. */
export function photoFolder(ctx: { secrets: { visitorSalt: string } }, openid: string): string {
  const key = createHmac('sha256', ctx.secrets.visitorSalt).update(`${LABEL}\u0000${openid}`).digest('hex');
  return `aid/${key.slice(0, 32)}`;
}
