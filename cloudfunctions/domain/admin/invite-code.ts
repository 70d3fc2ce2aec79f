/**
 * admin.inviteCode: the mini-program code (小程序码) of an invite, so the invitee scans it instead of typing the
 * code. Production: `wxacode.getUnlimited` with scene = the invite code and page = the accept page (the accept page
 * reads `scene`), stored in cloud storage and answered as a short-lived URL (functions/invite-codes.ts). Locally:
 * `/qr/invite/<code>.svg`, a QR code of the accept page's H5 link (local/invite-qr.ts).
 */
import { adminRoute } from './route';
import { InviteCodeInputSchema, type InviteCodeData } from '~/types/api/inviteCode';
import { AppError } from '~/types/errors';
import type { Route } from '../context';
import { INVITE_PAGE } from './invites';
import { inviteInScope } from './scope';

/** Makes the image of an invite's code; '' when it could not be made (the code can still be typed). */
export interface InviteCodeMaker {
  imageUrl(code: string): Promise<string>;
}

/** The local runtime's maker: its QR route. */
export const LOCAL_INVITE_CODES: InviteCodeMaker = {
  imageUrl: async (code) => `/qr/invite/${code}.svg`,
};

/** The accept page with an invite's code: what the share card opens. */
export const invitePath = (code: string) => `${INVITE_PAGE}?code=${code}`;

const INVITE_CODE_TEXTS = {
  used: '这个邀请码已被使用，请重新生成',
  expired: '这个邀请码已过期，请重新生成',
} as const;

/** admin.inviteCode; each call may make an image (wxacode allows 5,000 a minute for the whole mini-program). */
export const inviteCode: Route<typeof InviteCodeInputSchema, InviteCodeData> = adminRoute(
  InviteCodeInputSchema,
  20,
  async (ctx, input, { scope }) => {
    const invite = await inviteInScope(ctx, scope, input.code);
    if (invite.usedBy !== null) throw new AppError('INVITE_USED', INVITE_CODE_TEXTS.used);
    if (invite.expiresAt <= ctx.now()) throw new AppError('INVITE_EXPIRED', INVITE_CODE_TEXTS.expired);
    const maker = ctx.inviteCodes ?? LOCAL_INVITE_CODES;
    return { imageUrl: await maker.imageUrl(invite.code), path: invitePath(invite.code) };
  },
);
