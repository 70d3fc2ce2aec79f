/**
 * An in-memory stand-in of CloudBase storage as the evidence code calls it (cloud.deleteFile, cloud.getTempFileURL,
 * cloud.downloadFile, cloud.uploadFile), at least as strict as the service: more than 50 files a call is rejected
 * whole; a file that does not exist is answered per file (status -1, STORAGE_FILE_NONEXIST), never as success, and
 * downloadFile rejects for it (errCode -503003); paths with a leading slash or `..` and contents other than a Buffer
 * are refused; chosen files can be made to fail (a partial failure) or whole calls to reject; links carry their
 * maxAge and only stored files get one. The app's own uploads (wx.cloud.uploadFile) are `clientUpload`: no storage
 * rule limits their size or kind, so neither does the stand-in.
 */
import type { EvidenceSdk } from '~/cloudfunctions/functions/evidence-files';

/** The documented per-call limit of deleteFile and getTempFileURL. */
const CALL_LIMIT = 50;
/** The environment's fileID prefix (`cloud://<env>.<bucket>/`). */
export const EVIDENCE_PREFIX = 'cloud://env-1.6465-env-1/';

/** A small JPEG's first bytes (the signature and a JFIF header): what the checks accept as a photo. */
export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

function checkPath(cloudPath: unknown): string {
  if (typeof cloudPath !== 'string' || cloudPath === '' || cloudPath.startsWith('/') || cloudPath.includes('..')) {
    throw new Error(`uploadFile:fail invalid cloudPath ${String(cloudPath)}`);
  }
  return cloudPath;
}

/** The stand-in plus what tests look at and the faults they inject. */
export interface StorageStandin {
  sdk: EvidenceSdk;
  /** Stored files by fileID. */
  files: Map<string, Buffer>;
  /** Sizes of every deleteFile call's list, in order. */
  deleteCalls: number[];
  /** maxAge of every link asked for. */
  ages: number[];
  /** These files answer status -1 (not NONEXIST) to deleteFile and stay stored, until cleared. */
  refuse: Set<string>;
  /** fileIDs of every downloadFile call, in order. */
  downloads: string[];
  /** The next deleteFile call rejects whole (a network error), deleting nothing. */
  rejectNextDelete(): void;
  put(fileID: string): void;
  /** The app's wx.cloud.uploadFile: stores `bytes` at `cloudPath` whatever they are; answers the fileID. */
  clientUpload(cloudPath: string, bytes: Buffer): string;
}

/** A fresh, empty storage. */
export function createStorageStandin(): StorageStandin {
  const files = new Map<string, Buffer>();
  const deleteCalls: number[] = [];
  const ages: number[] = [];
  const refuse = new Set<string>();
  const downloads: string[] = [];
  let rejectNext = false;
  const store = (cloudPath: unknown, bytes: unknown) => {
    const path = checkPath(cloudPath);
    if (!Buffer.isBuffer(bytes)) throw new Error('uploadFile:fail fileContent must be a Buffer');
    files.set(EVIDENCE_PREFIX + path, Buffer.from(bytes));
    return EVIDENCE_PREFIX + path;
  };
  const sdk: EvidenceSdk = {
    async uploadFile({ cloudPath, fileContent }) {
      return { fileID: store(cloudPath, fileContent) };
    },
    async downloadFile({ fileID }) {
      downloads.push(fileID);
      const bytes = files.get(fileID);
      if (!bytes) throw Object.assign(new Error('downloadFile:fail STORAGE_FILE_NONEXIST'), { errCode: -503003 });
      return { fileContent: Buffer.from(bytes) };
    },
    async deleteFile({ fileList }) {
      if (!Array.isArray(fileList) || fileList.length === 0)
        throw new Error('deleteFile:fail fileList must not be empty');
      if (fileList.length > CALL_LIMIT) throw new Error(`deleteFile:fail at most ${CALL_LIMIT} files a call`);
      deleteCalls.push(fileList.length);
      if (rejectNext) {
        rejectNext = false;
        throw new Error('deleteFile:fail network error');
      }
      return {
        fileList: fileList.map((fileID) => {
          if (refuse.has(fileID)) return { fileID, status: -1, errMsg: 'STORAGE_REQUEST_FAIL' };
          if (!files.delete(fileID)) return { fileID, status: -1, errMsg: 'STORAGE_FILE_NONEXIST' };
          return { fileID, status: 0, errMsg: 'ok' };
        }),
      };
    },
    async getTempFileURL({ fileList }) {
      if (fileList.length > CALL_LIMIT) throw new Error(`getTempFileURL:fail at most ${CALL_LIMIT} files a call`);
      return {
        fileList: fileList.map(({ fileID, maxAge }) => {
          ages.push(maxAge);
          return files.has(fileID)
            ? { fileID, status: 0, tempFileURL: `https://tmp.example/${encodeURIComponent(fileID)}?max_age=${maxAge}` }
            : { fileID, status: -1, errMsg: 'STORAGE_FILE_NONEXIST', tempFileURL: '' };
        }),
      };
    },
  };
  return {
    sdk,
    files,
    deleteCalls,
    ages,
    refuse,
    downloads,
    rejectNextDelete: () => {
      rejectNext = true;
    },
    put: (fileID) => void files.set(fileID, Buffer.from(JPEG)),
    clientUpload: (cloudPath, bytes) => store(cloudPath, bytes),
  };
}
