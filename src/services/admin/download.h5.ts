/** Saving a CSV on H5: a Blob handed to the browser through an `<a download>`. */
import type { ExportData } from '~/types/api/dashboard';

/** H5 takes the CSV text in the reply and saves it as a Blob. */
export const EXPORT_DELIVERY = 'inline';

/** Saves the export's CSV. */
export async function saveExport(data: ExportData): Promise<void> {
  await saveCsv(data.filename, data.csv);
}

/** Downloads `csv` as `filename`; the text already starts with the BOM Excel needs, so none is added. */
export async function saveCsv(filename: string, csv: string): Promise<void> {
  // A string part of a Blob is written as UTF-8, the BOM character included (EF BB BF).
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after click() returns: free it a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
