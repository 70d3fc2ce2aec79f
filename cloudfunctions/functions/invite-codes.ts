/**
 * The production invite codes (邀请小程序码): `wxacode.getUnlimited` with scene = the invite code and page = the
 * accept page, stored in cloud storage as `invites/<envVersion>/<code>.png` and answered as a temporary URL of a few minutes
 * (an invite binds whoever scans it first, so its image should not outlive the moment it is shown). Made on each
 * ask: an admin shows an invite's code once or twice, and a stored image is simply overwritten.
 */
import { INVITE_PAGE } from '../domain/admin/invites';
import type { InviteCodeMaker } from '../domain/admin/invite-code';

/** Where the images are stored: per version, like the plates, so a trial code is never shown as a release one. */
export const inviteCodePath = (code: string, envVersion: string = 'release') => `invites/${envVersion}/${code}.png`;
/** A temporary URL lives 10 minutes: long enough to show the code or save the image. */
export const INVITE_CODE_MAX_AGE_S = 600;

/** The part of wx-server-sdk the maker uses (the same calls as the plates' PlateSdk). */
export interface InviteCodeSdk {
  getUnlimited(args: {
    scene: string;
    page: string;
    checkPath: boolean;
    envVersion: 'release' | 'trial' | 'develop';
  }): Promise<{ buffer?: Buffer; errCode?: number; errMsg?: string }>;
  uploadFile(args: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(args: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{
    fileList: Array<{ fileID: string; tempFileURL: string; status: number; errMsg?: string }>;
  }>;
}

/** Builds the production maker; a failure is logged and answered as '' (the code can still be typed). */
export function createCloudInviteCodes(
  sdk: InviteCodeSdk,
  log: (msg: string, err: unknown) => void = (msg, err) => console.error(msg, err),
  // null: PLATE_ENV_VERSION holds no known version; no code is made rather than one that opens the wrong version.
  envVersion: 'release' | 'trial' | 'develop' | null = 'release',
): InviteCodeMaker {
  return {
    async imageUrl(code) {
      try {
        if (envVersion === null) throw new Error('PLATE_ENV_VERSION is not release, trial or develop');
        // checkPath false: the accept page lives in a subpackage and may not be released yet on trial versions.
        const made = await sdk.getUnlimited({ scene: code, page: INVITE_PAGE, checkPath: false, envVersion });
        if (!made.buffer || (made.errCode !== undefined && made.errCode !== 0)) {
          throw new Error(`wxacode.getUnlimited: ${made.errCode ?? ''} ${made.errMsg ?? 'no image'}`);
        }
        const { fileID } = await sdk.uploadFile({
          cloudPath: inviteCodePath(code, envVersion),
          fileContent: made.buffer,
        });
        const res = await sdk.getTempFileURL({ fileList: [{ fileID, maxAge: INVITE_CODE_MAX_AGE_S }] });
        const file = res.fileList.find((f) => f.fileID === fileID);
        if (!file || file.status !== 0 || !file.tempFileURL) throw new Error(`getTempFileURL: ${file?.errMsg ?? ''}`);
        return file.tempFileURL;
      } catch (err) {
        log(`[invites] the code of an invite was not made`, err);
        return '';
      }
    },
  };
}
