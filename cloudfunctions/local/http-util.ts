/** Small HTTP helpers of the local runtime. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { envelopeJson } from '../domain/json-text';
import { failure } from '../functions/dispatch';
import { STORE_RETRY_AFTER_S } from '../functions/store-faults';

/** Largest request body accepted, in bytes: generous for any form, small enough to refuse abuse early. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Thrown by readBody when the body passes MAX_BODY_BYTES. */
export class BodyTooLarge extends Error {}

/** Reads the whole request body, refusing more than `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Sends a JSON reply. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  // A landing reply carries its cached JSON text (domain/json-text.ts): sent as it is, not serialised again.
  const text = envelopeJson(body);
  const whole = typeof text === 'string';
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': whole ? Buffer.byteLength(text) : text.head.length + Buffer.byteLength(text.tail),
    'cache-control': 'no-store',
    ...headers,
  });
  if (whole) return void res.end(text);
  // The cached head is written as it is, not copied into a new buffer with the tail. Corked, the status line and
  // headers, the head and the tail leave in one write, as a single end() would send them (end uncorks).
  res.cork();
  res.write(text.head);
  res.end(text.tail);
}

/** Sends a small HTML page. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

/** A URL path segment decoded, or as it is when its percent-encoding is broken. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A reply of the envelope `out` with its status; a 503 (the storage's condition) says when to try again. */
export function reply(
  res: ServerResponse,
  out: { status: number; result: unknown },
  headers: Record<string, string> = {},
): void {
  sendJson(
    res,
    out.status,
    out.result,
    out.status === 503 ? { ...headers, 'retry-after': String(STORE_RETRY_AFTER_S) } : headers,
  );
}

/** A path that only takes POST asked with another method: 405, naming it. */
export function onlyPost(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  reply(res, failure('METHOD_NOT_ALLOWED'), { allow: 'POST' });
}

/** A read-only path asked with a method that would change something: 405, naming the methods it takes. */
export function notAllowed(req: IncomingMessage, res: ServerResponse): void {
  req.resume();
  reply(res, failure('METHOD_NOT_ALLOWED'), { allow: 'GET, HEAD' });
}
