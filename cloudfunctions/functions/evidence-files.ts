/**
 * Evidence photos in cloud storage (CloudBase): removed with `cloud.deleteFile` in batches of 50 (its limit), shown
 * to the deciding handler through `cloud.getTempFileURL` links that live 5 minutes. A file the storage no longer has
 * counts as removed; any other refusal (a batch rejected, a file refused) is reported so the caller can retry.
 */
import type { EvidenceFiles } from '../domain/requests/evidence';

/** deleteFile and getTempFileURL take at most 50 files a call. */
export const STORAGE_BATCH = 50;
/** A handler's view link lives 5 minutes: enough to look, too short to pass around. */
export const EVIDENCE_URL_MAX_AGE_S = 300;

/** One file's answer from deleteFile or getTempFileURL. */
interface FileAnswer {
  fileID: string;
  status: number;
  errMsg?: string;
}

/** The part of wx-server-sdk the evidence storage uses. */
export interface EvidenceSdk {
  deleteFile(args: { fileList: string[] }): Promise<{ fileList: FileAnswer[] }>;
  getTempFileURL(args: {
    fileList: Array<{ fileID: string; maxAge: number }>;
  }): Promise<{ fileList: Array<FileAnswer & { tempFileURL: string }> }>;
}

// The storage's wording for a missing file (STORAGE_FILE_NONEXIST); the exact text is not documented.
const GONE = /NONEXIST|not exist|does not exist|不存在/i;

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += STORAGE_BATCH) out.push(items.slice(i, i + STORAGE_BATCH));
  return out;
}

/** Builds the CloudBase evidence storage. */
export function createCloudEvidence(
  sdk: EvidenceSdk,
  log: (msg: string, err: unknown) => void = (msg, err) => console.error(msg, err),
): EvidenceFiles {
  return {
    async remove(fileIds) {
      const failed: string[] = [];
      for (const part of batches([...new Set(fileIds)])) {
        try {
          const res = await sdk.deleteFile({ fileList: part });
          const answered = new Map(res.fileList.map((f) => [f.fileID, f]));
          for (const id of part) {
            const f = answered.get(id);
            if (!f || (f.status !== 0 && !GONE.test(f.errMsg ?? ''))) failed.push(id);
          }
        } catch (err) {
          log('[evidence] deleteFile failed', err);
          failed.push(...part);
        }
      }
      return failed;
    },
    async viewUrls(fileIds) {
      const urls = new Map<string, string>();
      for (const part of batches([...new Set(fileIds)])) {
        const res = await sdk.getTempFileURL({
          fileList: part.map((fileID) => ({ fileID, maxAge: EVIDENCE_URL_MAX_AGE_S })),
        });
        for (const f of res.fileList) if (f.status === 0 && f.tempFileURL) urls.set(f.fileID, f.tempFileURL);
      }
      return urls;
    },
  };
}
