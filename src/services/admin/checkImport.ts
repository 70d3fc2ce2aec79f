/** Validating an import file (校验报告) without writing anything. */
import { importFilename, type ImportReport } from '~/types/api';
import type { Datum } from '~/types/gcj02';
import { callCloud } from '../cloud';

/**
 * Checks the uploaded CSV file `fileId` (uploadImport), its coordinates read in `datum`, labelled with the picked
 * file's name.
 */
export function checkImport(fileId: string, datum: Datum, filename?: string): Promise<ImportReport> {
  return callCloud(
    'admin',
    'checkImport',
    filename ? { fileId, datum, filename: importFilename(filename) } : { fileId, datum },
  );
}
