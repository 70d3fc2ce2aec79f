/**
 * WeChat's file path as the built weapp walks it (cloud.downloadFile by fileID, then the file system manager's
 * copyFile into the user data folder), stood in on the simulator's `wx` so a test sees each call in order.
 */

/** The simulator's global `wx`, whose APIs a test replaces. */
export const simWx = (): Record<string, unknown> & { cloud: Record<string, unknown> } =>
  (globalThis as unknown as { wx: Record<string, unknown> & { cloud: Record<string, unknown> } }).wx;

/** Stands in downloadFile (answering `tempFilePath`) and copyFile, pushing `{downloadFile}` / `{copyFile}` to `seen`. */
export function standInFileDownload(seen: Record<string, unknown>[], tempFilePath: string): void {
  const wx = simWx();
  wx.cloud.downloadFile = (o: { fileID: string; success?: (r: unknown) => void }) => {
    seen.push({ downloadFile: o.fileID });
    const res = { tempFilePath, statusCode: 200, errMsg: 'cloud.downloadFile:ok' };
    o.success?.(res);
    return Promise.resolve(res);
  };
  wx.getFileSystemManager = () => ({
    copyFile: (o: { srcPath: string; destPath: string; success: () => void }) => {
      seen.push({ copyFile: [o.srcPath, o.destPath] });
      o.success();
    },
    unlink: (o: { filePath: string; success?: () => void }) => {
      seen.push({ unlink: o.filePath });
      o.success?.();
    },
  });
}
