/** CSV export (导出CSV): the server writes the file, the platform's download hands it to the admin. */
import type { ExportInput } from '../../../types/api/dashboard';
import { callCloud } from '../cloud';
import { saveCsv } from './download';

/** Exports one table; resolves with the file name once it is saved (H5) or saved and offered to share (weapp). */
export async function exportCsv(input: ExportInput): Promise<string> {
  const file = await callCloud('admin', 'export', input);
  await saveCsv(file.filename, file.csv);
  return file.filename;
}
