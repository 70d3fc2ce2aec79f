/**
 * The production QR plates (二维码牌): a WeChat mini-program code (`wxacode.getUnlimited`, scene = post id, page =
 * the landing page) made once per post, stored in cloud storage as `plates/<postId>.png`, answered as temporary
 * URLs. Whether a plate is stored is asked of the storage itself (a temporary URL is refused for a missing file),
 * so a deleted image is simply made again. The storage's fileID prefix (`cloud://<env>.<bucket>/`) is learnt from
 * the first upload and kept in the store's meta table, since the SDK has no call that tells it.
 * A post whose code cannot be made or stored gets imageUrl '' and a log line; the rest of the sheet still comes.
 */
import type { PlateMaker } from '../domain/context';

/** The landing page a plate opens (no leading slash, as wxacode wants it). */
export const PLATE_PAGE = 'pages/post/index';
/** Where the images are stored. */
export const platePath = (postId: string) => `plates/${postId}.png`;
/** getTempFileURL takes at most 50 files a call. */
export const TEMP_URL_BATCH = 50;
/** Temporary URLs live a day: long enough to print the sheet. */
const TEMP_URL_MAX_AGE_S = 24 * 3600;
/** Codes made at once (wxacode allows 5,000 a minute; a cloud function has seconds, not minutes). */
const MAKE_WIDTH = 8;
const PREFIX_KEY = 'plates.fileIdPrefix';

/** The part of wx-server-sdk the plate maker uses (cloud.openapi.wxacode, cloud.uploadFile, cloud.getTempFileURL). */
export interface PlateSdk {
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

/** A small persistent memo (the store's meta table). */
export interface PlateMemo {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

/** Temporary URLs of stored files, by fileID (missing files and refused batches are left out). */
async function tempUrls(sdk: PlateSdk, fileIDs: string[], log: (msg: string, err: unknown) => void) {
  const urls = new Map<string, string>();
  for (let i = 0; i < fileIDs.length; i += TEMP_URL_BATCH) {
    const fileList = fileIDs.slice(i, i + TEMP_URL_BATCH).map((fileID) => ({ fileID, maxAge: TEMP_URL_MAX_AGE_S }));
    try {
      const res = await sdk.getTempFileURL({ fileList });
      for (const f of res.fileList) if (f.status === 0 && f.tempFileURL) urls.set(f.fileID, f.tempFileURL);
    } catch (err) {
      log('[plates] getTempFileURL failed', err);
    }
  }
  return urls;
}

/** Builds the production PlateMaker. */
export function createCloudPlateMaker(
  sdk: PlateSdk,
  memo: PlateMemo,
  log: (msg: string, err: unknown) => void = (msg, err) => console.error(msg, err),
  envVersion: 'release' | 'trial' | 'develop' = 'release',
): PlateMaker {
  /** Makes and stores one post's code; its fileID, or null (logged). */
  async function make(postId: string): Promise<string | null> {
    try {
      const code = await sdk.getUnlimited({ scene: postId, page: PLATE_PAGE, checkPath: false, envVersion });
      if (!code.buffer || (code.errCode !== undefined && code.errCode !== 0)) {
        throw new Error(`wxacode.getUnlimited: ${code.errCode ?? ''} ${code.errMsg ?? 'no image'}`);
      }
      const cloudPath = platePath(postId);
      const { fileID } = await sdk.uploadFile({ cloudPath, fileContent: code.buffer });
      if (fileID.endsWith(cloudPath) && !(await memo.get(PREFIX_KEY))) {
        await memo.set(PREFIX_KEY, fileID.slice(0, fileID.length - cloudPath.length));
      }
      return fileID;
    } catch (err) {
      log(`[plates] the code of ${postId} was not made`, err);
      return null;
    }
  }

  return {
    link: (postId) => `${PLATE_PAGE}?scene=${encodeURIComponent(postId)}`,
    async imageUrls(postIds) {
      const prefix = await memo.get(PREFIX_KEY);
      const out = new Map<string, string>();
      if (prefix) {
        const stored = await tempUrls(
          sdk,
          postIds.map((id) => prefix + platePath(id)),
          log,
        );
        for (const id of postIds) {
          const url = stored.get(prefix + platePath(id));
          if (url) out.set(id, url);
        }
      }
      const missing = postIds.filter((id) => !out.has(id));
      const made = new Map<string, string>();
      for (let i = 0; i < missing.length; i += MAKE_WIDTH) {
        const slice = missing.slice(i, i + MAKE_WIDTH);
        const ids = await Promise.all(slice.map(make));
        slice.forEach((id, k) => {
          const fileID = ids[k];
          if (fileID) made.set(id, fileID);
        });
      }
      const fresh = await tempUrls(sdk, [...made.values()], log);
      for (const id of postIds) {
        if (out.has(id)) continue;
        const url = made.has(id) ? fresh.get(made.get(id)!) : undefined;
        if (!url && made.has(id)) log(`[plates] no temporary URL for ${id}`, null);
        out.set(id, url ?? '');
      }
      return out;
    },
  };
}
