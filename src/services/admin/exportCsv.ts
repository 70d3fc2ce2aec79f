/**
 * Export (导出): the server writes the table; on H5 the CSV comes in the reply and is saved as a Blob, on WeChat it
 * is stored as CSV and Excel files that the admin opens or forwards (download.weapp.ts).
 */
import type { ExportInput } from '~/types/api/dashboard';
import { callCloud } from '../cloud';
import { EXPORT_DELIVERY, saveExport } from './download';

/** Exports one table; resolves with the file name once it is saved (H5) or offered (weapp). */
export async function exportCsv(input: ExportInput): Promise<string> {
  const file = await callCloud('admin', 'export', { ...input, delivery: EXPORT_DELIVERY });
  await saveExport(file);
  return file.filename;
}
