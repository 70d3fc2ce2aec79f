/**
 * The production QR plates (二维码牌): a WeChat mini-program code (`wxacode.getUnlimited`, scene = post id, page =
 * the landing page, env_version from PLATE_ENV_VERSION) made once per post and version, stored in cloud storage as
 * `plates/<envVersion>/<postId>.png` (so a trial plate is never served as a release one), answered as temporary
 * URLs, or as PNG bytes for the printable PDF. Whether a plate is stored is asked of the storage itself (a temporary URL is refused for a missing file),
 * so a deleted image is simply made again. The storage's fileID prefix (`cloud://<env>.<bucket>/`) is learnt from
 * the first upload and kept in the store's meta table, since the SDK has no call that tells it.
 * A post whose code cannot be made or stored gets imageUrl '' and a log line; the rest of the sheet still comes.
 */
import { AppError } from '~/types/errors';
import type { PlateMaker } from '../domain/context';

/** The landing page a plate opens (no leading slash, as wxacode wants it). */
export const PLATE_PAGE = 'pages/post/index';
/** The version of the mini-program a plate opens (wxacode's env_version). */
export type PlateEnvVersion = 'release' | 'trial' | 'develop';
/** Where the images are stored: one folder per version. */
export const platePath = (envVersion: PlateEnvVersion, postId: string) => `plates/${envVersion}/${postId}.png`;

/** PLATE_ENV_VERSION of the admin function: unset means release; anything but the three versions is null. */
export function plateEnvVersion(value: string | undefined): PlateEnvVersion | null {
  if (value === undefined || value === '') return 'release';
  return value === 'release' || value === 'trial' || value === 'develop' ? value : null;
}
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
    envVersion: PlateEnvVersion;
  }): Promise<{ buffer?: Buffer; errCode?: number; errMsg?: string }>;
  uploadFile(args: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  /** Reads a stored code back for the PDF sheet; without it, the PDF makes its codes afresh. */
  downloadFile?(args: { fileID: string }): Promise<{ fileContent: Buffer }>;
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
  envVersion: PlateEnvVersion | null = 'release',
): PlateMaker {
  /** The configured version; a misconfigured one stops plate work rather than print the wrong version. */
  function version(): PlateEnvVersion {
    if (envVersion) return envVersion;
    console.error('[plates] PLATE_ENV_VERSION must be release, trial or develop');
    throw new AppError('INTERNAL');
  }
  const pathOf = (postId: string) => platePath(version(), postId);

  /** Makes and stores one post's code; its fileID and bytes, or null (logged). */
  async function makeCode(postId: string): Promise<{ fileID: string; png: Buffer } | null> {
    try {
      const code = await sdk.getUnlimited({
        scene: postId,
        page: PLATE_PAGE,
        checkPath: false,
        envVersion: version(),
      });
      if (!code.buffer || (code.errCode !== undefined && code.errCode !== 0)) {
        throw new Error(`wxacode.getUnlimited: ${code.errCode ?? ''} ${code.errMsg ?? 'no image'}`);
      }
      const cloudPath = pathOf(postId);
      const { fileID } = await sdk.uploadFile({ cloudPath, fileContent: code.buffer });
      if (fileID.endsWith(cloudPath) && !(await memo.get(PREFIX_KEY))) {
        await memo.set(PREFIX_KEY, fileID.slice(0, fileID.length - cloudPath.length));
      }
      return { fileID, png: code.buffer };
    } catch (err) {
      log(`[plates] the code of ${postId} was not made`, err);
      return null;
    }
  }
  const make = async (postId: string) => (await makeCode(postId))?.fileID ?? null;

  /** One post's PNG: the stored one when it can be read back, else a new one (stored for next time). */
  async function png(postId: string, prefix: string | null): Promise<Buffer | null> {
    if (prefix && sdk.downloadFile) {
      try {
        return (await sdk.downloadFile({ fileID: prefix + pathOf(postId) })).fileContent;
      } catch {
        // Not stored yet (or deleted): made below.
      }
    }
    return (await makeCode(postId))?.png ?? null;
  }

  return {
    link: (postId) => `${PLATE_PAGE}?scene=${encodeURIComponent(postId)}`,
    async pngs(postIds) {
      version();
      const prefix = await memo.get(PREFIX_KEY);
      const out = new Map<string, Buffer>();
      for (let i = 0; i < postIds.length; i += MAKE_WIDTH) {
        const slice = postIds.slice(i, i + MAKE_WIDTH);
        const got = await Promise.all(slice.map((id) => png(id, prefix)));
        slice.forEach((id, k) => {
          const bytes = got[k];
          if (bytes) out.set(id, bytes);
        });
      }
      return out;
    },
    async imageUrls(postIds) {
      version();
      const prefix = await memo.get(PREFIX_KEY);
      const out = new Map<string, string>();
      if (prefix) {
        const stored = await tempUrls(
          sdk,
          postIds.map((id) => prefix + pathOf(id)),
          log,
        );
        for (const id of postIds) {
          const url = stored.get(prefix + pathOf(id));
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
