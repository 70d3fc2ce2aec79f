/**
 * Contract of admin files in storage (plate sheets as PDF, exports as CSV and Excel, import uploads): a call never
 * carries a file; it names one by its id (a CloudBase fileID on WeChat, an id of the local runtime's store on H5)
 * and answers stored files with a temporary link.
 */
import * as v from 'valibot';
import { PlatesInputSchema } from './network';

/** A stored file as a reply names it. */
export interface AdminFile {
  fileId: string;
  /** Temporary download link (a day). */
  url: string;
  /** The Chinese file name to save, open or forward it as. */
  filename: string;
}

/** admin.plateSheet: the printable A4 PDF of the same plates admin.plates answers (six to a page). */
export const PlateSheetInputSchema = PlatesInputSchema;
export interface PlateSheetData {
  file: AdminFile;
  plates: number;
  pages: number;
  /** Posts whose code could not be made this time (their plate says so; asking again retries). */
  withoutCode: string[];
}

/** admin.importUpload: where the app uploads an import file on WeChat (a path under the admin's own folder). */
export const ImportUploadInputSchema = v.strictObject({});
export interface ImportUploadData {
  cloudPath: string;
  maxBytes: number;
}
