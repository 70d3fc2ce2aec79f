/**
 * GET /qr/invite/<code>.svg: the QR code of an invite's accept page on the public origin (the H5 build), the local
 * counterpart of the wxacode an admin shows on WeChat (functions/invite-codes.ts). The image encodes nothing but
 * the code it is asked for, so it needs no session.
 */
import type { ServerResponse } from 'node:http';
import QRCode from 'qrcode';
import { INVITE_CODE_PATTERN } from '~/types/api/work';
import { failure } from '../functions/dispatch';
import { sendJson } from './http-util';

/** The path prefix this serves. */
export const INVITE_QR_PREFIX = '/qr/invite/';

/** The accept page's H5 link of an invite, on the configured public origin (never the Host header). */
export function inviteUrl(origin: string, code: string): string {
  return `${origin}/#/packages/work/pages/invite/index?code=${code}`;
}

/** Serves the SVG QR code of a well-formed invite code, else 404. */
export async function serveInviteQr(res: ServerResponse, origin: string, file: string): Promise<void> {
  const code = file.endsWith('.svg') ? file.slice(0, -4) : '';
  if (!INVITE_CODE_PATTERN.test(code)) return sendJson(res, 404, failure('INVITE_NOT_FOUND').result);
  const svg = await QRCode.toString(inviteUrl(origin, code), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  // Never cached: an invite is used once.
  res.writeHead(200, { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'no-store' });
  res.end(svg);
}
