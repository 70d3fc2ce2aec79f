/** Contract of admin.inviteCode: the mini-program code (小程序码) of an invite, shown for the invitee to scan. */
import * as v from 'valibot';
import { INVITE_CODE_PATTERN } from './work';

/** admin.inviteCode: an unused, unexpired invite of the admin's region. */
export const InviteCodeInputSchema = v.strictObject({
  code: v.pipe(v.string('邀请码必须是文字'), v.regex(INVITE_CODE_PATTERN, '邀请码格式不正确')),
});
/** Reply of admin.inviteCode. */
export interface InviteCodeData {
  /**
   * An image of the code: on WeChat a temporary URL of a `wxacode.getUnlimited` image (scene = the invite code,
   * page = the accept page); locally `/qr/invite/<code>.svg`, a QR code of the accept page's H5 link.
   */
  imageUrl: string;
  /** The accept page with the code, for the share card (转发). */
  path: string;
}
