/** Validating an import file (校验报告) without writing anything. */
import type { ImportReport } from '~/types/api';
import { callCloud } from '../cloud';

/** Checks the uploaded CSV file `fileId` (uploadImport). */
export function checkImport(fileId: string, filename?: string): Promise<ImportReport> {
  return callCloud('admin', 'checkImport', filename ? { fileId, filename } : { fileId });
}
