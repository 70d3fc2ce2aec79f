/**
 * One effect per form submission. A form that creates something sends a `requestId` (a uuid made when the form
 * opens, kept across its retries); the handler claims the id or code of the new record under a key made of the
 * caller, that requestId and what the form says (store.meta.claim), so a double tap or a retry after a lost reply
 * agrees on the record and finds it stored instead of making a second one. A retry whose fields were changed in
 * between is another submission: it never answers the record made from the earlier fields (an invite for another
 * role, a point with another name).
 */
import { createHash } from 'node:crypto';
import type { Store } from '../store/port';

/**
 * How long a create request's claims are kept: far longer than any retry of one form, after which the timer
 * sweeps them (a request id is made once per form, so nothing asks for it again).
 */
export const CLAIM_TTL_MS = 24 * 3600 * 1000;

/** A caller's create request: who, which submission, when, and what it asks for (any JSON value). */
export interface OnceRequest {
  openid: string;
  requestId: string;
  at: number;
  content?: unknown;
}

/** The digest of a request (openids and uuids together are longer than a CloudBase document id should be). */
export function requestDigest(request: Pick<OnceRequest, 'openid' | 'requestId' | 'content'>): string {
  const content = request.content === undefined ? '' : `\n${JSON.stringify(request.content)}`;
  return createHash('sha256').update(`${request.openid}\n${request.requestId}${content}`).digest('hex').slice(0, 40);
}

/** The value claimed under `kind` for `request`: `candidate` if this call is the first to claim it. */
export async function claimOnce(store: Store, kind: string, request: OnceRequest, candidate: string): Promise<string> {
  return (await store.meta.claim(`${kind}.${requestDigest(request)}`, candidate, request.at + CLAIM_TTL_MS)).value;
}
