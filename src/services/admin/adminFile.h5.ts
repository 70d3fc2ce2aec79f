/** Admin files on H5: the browser downloads the stored file from its link (the local runtime's /admin-files/…). */
import type { AdminFile } from '~/types/api/files';

/** The file types openDocument opens that the admin's files use. */
export type DocumentType = 'pdf' | 'xlsx';

/** Downloads the file under its own name. */
export async function openAdminFile(file: AdminFile, _fileType?: DocumentType): Promise<void> {
  const link = document.createElement('a');
  link.href = file.url;
  link.download = file.filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** On H5 sharing is downloading: the admin sends the file on from their computer. */
export const shareAdminFile = (file: AdminFile): Promise<void> => openAdminFile(file);
