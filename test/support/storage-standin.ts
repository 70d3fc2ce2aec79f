/**
 * A stand-in of CloudBase storage as wx-server-sdk answers it (uploadFile, downloadFile, getTempFileURL,
 * deleteFile), at least as strict as the service: paths without a leading slash or `..`, Buffers only, a size
 * cap per file, 50 files per getTempFileURL / deleteFile call, missing files refused (downloadFile rejects,
 * the list calls answer a non-zero status per file), and ids of another environment are not found.
 */
import type { StorageSdk } from '~/cloudfunctions/functions/storage';

/** The environment's fileID prefix. */
export const STANDIN_PREFIX = 'cloud://test-env-1a2b.7465-test-env-1a2b-1300000000/';
const NONEXIST = { status: -503003, errMsg: 'STORAGE_FILE_NONEXIST' };

/** What a test reads back: stored bytes by path, their owners, and the calls made. */
export interface StorageStandin {
  sdk: StorageSdk;
  files: Map<string, Buffer>;
  /** Who uploaded each path from the app (Taro.cloud.uploadFile); the functions' own uploads have none. */
  owners: Map<string, string>;
  calls: { upload: number; download: number; tempUrl: number; remove: number };
  /** The app's Taro.cloud.uploadFile: stores `bytes` at `cloudPath` as `openid`; answers the fileID. */
  clientUpload(openid: string, cloudPath: string, bytes: Buffer): string;
}

function checkPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath === '' || cloudPath.startsWith('/') || cloudPath.includes('..')) {
    throw new Error(`uploadFile:fail invalid cloudPath ${String(cloudPath)}`);
  }
  return cloudPath;
}

/** A fresh, empty storage; `maxFileBytes` caps each file (50 MB unless told). */
export function createStorageStandin(maxFileBytes = 50 * 1024 * 1024): StorageStandin {
  const files = new Map<string, Buffer>();
  const owners = new Map<string, string>();
  const calls = { upload: 0, download: 0, tempUrl: 0, remove: 0 };
  const pathOf = (fileID: unknown) =>
    typeof fileID === 'string' && fileID.startsWith(STANDIN_PREFIX) ? fileID.slice(STANDIN_PREFIX.length) : null;
  const store = (cloudPath: unknown, bytes: unknown) => {
    const path = checkPath(cloudPath);
    if (!Buffer.isBuffer(bytes)) throw new Error('uploadFile:fail fileContent must be a Buffer');
    if (bytes.length > maxFileBytes) throw new Error('uploadFile:fail file too large');
    files.set(path, Buffer.from(bytes));
    return STANDIN_PREFIX + path;
  };
  const sdk: StorageSdk = {
    async uploadFile({ cloudPath, fileContent }) {
      calls.upload++;
      return { fileID: store(cloudPath, fileContent) };
    },
    async downloadFile({ fileID }) {
      calls.download++;
      const path = pathOf(fileID);
      const bytes = path === null ? undefined : files.get(path);
      if (!bytes) throw Object.assign(new Error('downloadFile:fail STORAGE_FILE_NONEXIST'), { errCode: -503003 });
      return { fileContent: Buffer.from(bytes) };
    },
    async getTempFileURL({ fileList }) {
      calls.tempUrl++;
      if (fileList.length === 0 || fileList.length > 50) throw new Error('getTempFileURL:fail 1 to 50 files a call');
      return {
        fileList: fileList.map(({ fileID }) => {
          const path = pathOf(fileID);
          return path !== null && files.has(path)
            ? { fileID, tempFileURL: `https://7465-test-env.tcb.qcloud.la/${path}?sign=s&t=1`, status: 0 }
            : { fileID, tempFileURL: '', ...NONEXIST };
        }),
      };
    },
    async deleteFile({ fileList }) {
      calls.remove++;
      if (fileList.length === 0 || fileList.length > 50) throw new Error('deleteFile:fail 1 to 50 files a call');
      return {
        fileList: fileList.map((fileID) => {
          const path = pathOf(fileID);
          if (path === null || !files.delete(path)) return { fileID, ...NONEXIST };
          owners.delete(path);
          return { fileID, status: 0 };
        }),
      };
    },
  };
  return {
    sdk,
    files,
    owners,
    calls,
    clientUpload(openid, cloudPath, bytes) {
      const fileID = store(cloudPath, bytes);
      owners.set(cloudPath, openid);
      return fileID;
    },
  };
}
