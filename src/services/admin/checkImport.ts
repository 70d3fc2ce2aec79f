/** Validating an import file (校验报告) without writing anything. */
import type { ImportReport } from '../../../types/api';
import { callCloud } from '../cloud';

/** Checks the CSV `file` (base64 of its bytes). */
export function checkImport(file: string, filename?: string): Promise<ImportReport> {
  return callCloud('admin', 'checkImport', filename ? { file, filename } : { file });
}
