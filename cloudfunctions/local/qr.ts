/**
 * GET /qr/<postId>.svg: the QR code of a plate's link (`/s/<postId>` on this host), for the printable plate sheet.
 * On WeChat the plates carry a wxacode made by `wxacode.getUnlimited` instead (functions/plates.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import { POST_ID_PATTERN } from '../../types/ids';
import type { Store } from '../store/port';
import { sendJson } from './http-util';
import { failure } from '../functions/dispatch';

/** The plate link a QR code encodes, on the host the admin's browser used. */
export function plateUrl(req: IncomingMessage, postId: string): string {
  return `http://${req.headers.host ?? 'localhost'}/s/${encodeURIComponent(postId)}`;
}

/** Serves the SVG QR code of a known post (active or retired: a reprint of an old plate still lands), else 404. */
export async function serveQr(req: IncomingMessage, res: ServerResponse, store: Store, file: string): Promise<void> {
  const postId = file.endsWith('.svg') ? file.slice(0, -4) : '';
  const post = POST_ID_PATTERN.test(postId) ? await store.posts.byId(postId) : null;
  if (!post) return sendJson(res, 404, failure('POST_NOT_FOUND').result);
  // Level M survives a scuffed or sun-faded plate; a 2-module quiet zone keeps the sheet compact.
  const svg = await QRCode.toString(plateUrl(req, post.id), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'private, max-age=3600' });
  res.end(svg);
}
