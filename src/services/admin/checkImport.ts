/** Validating an import file (校验报告) without writing anything. */
import { importFilename, type ImportReport } from '~/types/api';
import { callCloud } from '../cloud';

/** Checks the uploaded CSV file `fileId` (uploadImport), labelled with the picked file's name. */
export function checkImport(fileId: string, filename?: string): Promise<ImportReport> {
  return callCloud('admin', 'checkImport', filename ? { fileId, filename: importFilename(filename) } : { fileId });
}
