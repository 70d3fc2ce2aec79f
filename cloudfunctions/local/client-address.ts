/**
 * The client's network address on the local runtime, the second key of every rate limit. The socket's peer is the
 * truth unless the server runs behind a proxy the operator names with TRUST_PROXY=1: only then is X-Forwarded-For
 * read, and only its last entry (the one that proxy appended; the entries before it are the client's own word).
 */
import type { IncomingMessage } from 'node:http';
import { addressKey } from '../functions/address-key';

/** True when the operator says a reverse proxy stands in front of the server (TRUST_PROXY=1). */
export function trustProxy(env: Record<string, string | undefined> = process.env): boolean {
  return env.TRUST_PROXY === '1';
}

/** The address of the client of `req`, as a rate-limit key (see addressKey). */
export function clientAddress(
  req: IncomingMessage,
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (trustProxy(env)) {
    const header = req.headers['x-forwarded-for'];
    const list = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',');
    const last = addressKey(list[list.length - 1]);
    if (last) return last;
  }
  return addressKey(req.socket.remoteAddress);
}
