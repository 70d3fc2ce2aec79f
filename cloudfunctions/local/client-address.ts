/**
 * The client's network address on the local runtime, the second key of every rate limit. The socket's peer is the
 * truth unless the request came from a proxy the operator trusts (TRUST_PROXY, origin.ts fromTrustedProxy): only then
 * is X-Forwarded-For read, and only its last entry (the one that proxy appended; the entries before it are the
 * client's own word).
 */
import type { IncomingMessage } from 'node:http';
import { addressKey } from '../functions/address-key';

/** The address of the client of `req`, as a rate-limit key (see addressKey); `viaProxy`: fromTrustedProxy's word. */
export function clientAddress(req: IncomingMessage, viaProxy: boolean): string | null {
  if (viaProxy) {
    const header = req.headers['x-forwarded-for'];
    const list = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
    const last = addressKey(list[list.length - 1]);
    if (last) return last;
  }
  return addressKey(req.socket.remoteAddress);
}
