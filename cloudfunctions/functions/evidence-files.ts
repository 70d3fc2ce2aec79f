/**
 * Evidence photos in cloud storage (CloudBase): removed with `cloud.deleteFile` in batches of 50 (its limit), shown
 * to the deciding handler through `cloud.getTempFileURL` links that live 5 minutes. A file the storage no longer has
 * counts as removed; any other refusal (a batch rejected, a file refused) is reported so the caller can retry.
 * With the slots' records, also the uploads side (domain/requests/photo-slots.ts): a file read back with
 * `cloud.downloadFile` for its check, and the fileID a path gets, whose prefix (`cloud://<env>.<bucket>/`) no SDK
 * call tells: each container learns it once from an upload of its own (deleted at once). It is not kept in the
 * database, where a copy restored into another environment would name the old bucket.
 */
import type { EvidenceFiles } from '../domain/requests/evidence';
import type { PhotoSlotStore, PhotoUploads } from '../domain/requests/photo-slots';

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
  /** Rejects for a missing file (errCode -503003, STORAGE_FILE_NONEXIST) as for any other failure. */
  downloadFile(args: { fileID: string }): Promise<{ fileContent: Buffer }>;
  uploadFile(args: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
}

// The storage's wording for a missing file (STORAGE_FILE_NONEXIST); the exact text is not documented.
const GONE = /NONEXIST|not exist|does not exist|不存在/i;
const MISSING_CODE = -503003;
/** The function's own upload the prefix is learnt from (deleted at once; clients may not touch it). */
const PROBE_PATH = 'aid/prefix-probe.txt';

function missing(err: unknown): boolean {
  const e = err as { errCode?: unknown; errMsg?: unknown; message?: unknown } | null;
  return e?.errCode === MISSING_CODE || GONE.test(`${String(e?.errMsg ?? '')} ${String(e?.message ?? '')}`);
}

/** The uploads side over the SDK: reading a file back, and fileIDs by path. */
function createUploads(
  sdk: EvidenceSdk,
  slots: PhotoSlotStore,
  log: (msg: string, err: unknown) => void,
): PhotoUploads {
  let prefix: Promise<string> | null = null;
  const learn = async (): Promise<string> => {
    const { fileID } = await sdk.uploadFile({ cloudPath: PROBE_PATH, fileContent: Buffer.from('prefix probe') });
    if (!fileID.endsWith(`/${PROBE_PATH}`)) throw new Error(`uploadFile answered an unexpected fileID: ${fileID}`);
    const learnt = fileID.slice(0, -PROBE_PATH.length);
    // Containers probing at once overwrite and delete the same file: harmless, each has its answer.
    await sdk.deleteFile({ fileList: [fileID] }).catch((err: unknown) => log('[evidence] probe not deleted', err));
    return learnt;
  };
  return {
    slots,
    async read(fileId) {
      try {
        return (await sdk.downloadFile({ fileID: fileId })).fileContent;
      } catch (err) {
        if (missing(err)) return null;
        throw err;
      }
    },
    async fileIdOf(path) {
      // Learnt once per container; a failed attempt is tried again by the next call.
      if (!prefix) {
        prefix = learn();
        prefix.catch(() => (prefix = null));
      }
      return `${await prefix}${path}`;
    },
  };
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += STORAGE_BATCH) out.push(items.slice(i, i + STORAGE_BATCH));
  return out;
}

/** Builds the CloudBase evidence storage; with the slots' records, the app's uploads into slots too. */
export function createCloudEvidence(
  sdk: EvidenceSdk,
  log: (msg: string, err: unknown) => void = (msg, err) => console.error(msg, err),
  slots?: PhotoSlotStore,
): EvidenceFiles {
  return {
    ...(slots ? { uploads: createUploads(sdk, slots, log) } : {}),
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
