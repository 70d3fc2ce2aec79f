/**
 * GET /qr/<postId>.svg: the QR code of a plate's link (`/s/<postId>` on this host), for the printable plate sheet.
 * On WeChat the plates carry a wxacode made by `wxacode.getUnlimited` instead (functions/plates.ts).
 */
import type { ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import { POST_ID_PATTERN } from '~/types/ids';
import type { Store } from '../store/port';
import { sendJson } from './http-util';
import { failure } from '../functions/dispatch';

/** The plate link a QR code encodes, on the configured public origin (PUBLIC_URL), never the Host header. */
export function plateUrl(origin: string, postId: string): string {
  return `${origin}/s/${encodeURIComponent(postId)}`;
}

/** Serves the SVG QR code of a known post (active or retired: a reprint of an old plate still lands), else 404. */
export async function serveQr(res: ServerResponse, store: Store, origin: string, file: string): Promise<void> {
  const postId = file.endsWith('.svg') ? file.slice(0, -4) : '';
  const post = POST_ID_PATTERN.test(postId) ? await store.posts.byId(postId) : null;
  if (!post) return sendJson(res, 404, failure('POST_NOT_FOUND').result);
  // Level M survives a scuffed or sun-faded plate; a 2-module quiet zone keeps the sheet compact.
  const svg = await QRCode.toString(plateUrl(origin, post.id), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'private, max-age=3600' });
  res.end(svg);
}
