/**
 * An in-memory stand-in of CloudBase storage as the evidence code calls it (cloud.deleteFile, cloud.getTempFileURL),
 * at least as strict as the service: more than 50 files a call is rejected whole; a file that does not exist is
 * answered per file (status -1, STORAGE_FILE_NONEXIST), never as success; chosen files can be made to fail (a
 * partial failure) or whole calls to reject; links carry their maxAge and only stored files get one.
 */
import type { EvidenceSdk } from '~/cloudfunctions/functions/evidence-files';

/** The documented per-call limit of deleteFile and getTempFileURL. */
const CALL_LIMIT = 50;

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
  /** The next deleteFile call rejects whole (a network error), deleting nothing. */
  rejectNextDelete(): void;
  put(fileID: string): void;
}

/** A fresh, empty storage. */
export function createStorageStandin(): StorageStandin {
  const files = new Map<string, Buffer>();
  const deleteCalls: number[] = [];
  const ages: number[] = [];
  const refuse = new Set<string>();
  let rejectNext = false;
  const sdk: EvidenceSdk = {
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
    rejectNextDelete: () => {
      rejectNext = true;
    },
    put: (fileID) => void files.set(fileID, Buffer.from('jpeg')),
  };
}
