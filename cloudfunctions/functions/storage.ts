/**
 * The admin's files on CloudBase storage (FileStore over wx-server-sdk): uploadFile, downloadFile, getTempFileURL
 * and deleteFile through one narrow interface, so tests stand in for exactly these four calls
 * (test/support/storage-standin.ts) and nothing else of the SDK is reached.
 */
import { AppError } from '~/types/errors';
import type { FileStore } from '../domain/files/port';

/** The part of wx-server-sdk's storage that the functions use. */
export interface StorageSdk {
  uploadFile(args: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(args: { fileID: string }): Promise<{ fileContent: Buffer }>;
  getTempFileURL(args: { fileList: Array<{ fileID: string; maxAge: number }> }): Promise<{
    fileList: Array<{ fileID: string; tempFileURL: string; status: number; errMsg?: string }>;
  }>;
  deleteFile(args: { fileList: string[] }): Promise<{
    fileList: Array<{ fileID: string; status: number; errMsg?: string }>;
  }>;
}

/** getTempFileURL and deleteFile take at most 50 files a call. */
export const STORAGE_BATCH = 50;
/** Temporary links live a day: long enough to open, forward or print. */
const URL_MAX_AGE_S = 24 * 3600;
const FILE_ID = /^cloud:\/\/[^/]+\/(.+)$/;

/** The FileStore of CloudBase storage. */
export function createCloudFileStore(sdk: StorageSdk): FileStore {
  const pathOf = (fileId: string) => {
    const m = FILE_ID.exec(fileId);
    return m && !m[1].split('/').includes('..') ? m[1] : null;
  };
  return {
    pathOf,
    async put(path, bytes) {
      return (await sdk.uploadFile({ cloudPath: path, fileContent: bytes })).fileID;
    },
    async get(fileId, maxBytes) {
      if (!pathOf(fileId)) throw new AppError('FILE_NOT_FOUND');
      let bytes: Buffer;
      try {
        bytes = (await sdk.downloadFile({ fileID: fileId })).fileContent;
      } catch {
        // The SDK rejects a missing file (STORAGE_FILE_NONEXIST) like any other refusal: the user can only retry.
        throw new AppError('FILE_NOT_FOUND');
      }
      // downloadFile has no size cap of its own; the cap is applied before anything reads the bytes.
      if (bytes.length > maxBytes) throw new AppError('FILE_TOO_LARGE');
      return bytes;
    },
    async url(fileId) {
      const res = await sdk.getTempFileURL({ fileList: [{ fileID: fileId, maxAge: URL_MAX_AGE_S }] });
      const f = res.fileList.find((x) => x.fileID === fileId);
      if (!f || f.status !== 0 || !f.tempFileURL) throw new AppError('FILE_NOT_FOUND');
      return f.tempFileURL;
    },
    async remove(fileIds) {
      for (let i = 0; i < fileIds.length; i += STORAGE_BATCH) {
        await sdk.deleteFile({ fileList: fileIds.slice(i, i + STORAGE_BATCH) });
      }
    },
  };
}
