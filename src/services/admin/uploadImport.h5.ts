/** uploadImport on H5: the chosen file's bytes, raw, to the local runtime's POST /admin-files, once. */
import { asCloudError, unwrap } from '../cloudError';
import { postToServer } from '../postToServer';

/** A chosen import file: a temp file path on WeChat, the browser's File on H5. */
export type ImportSource = string | Blob;

/** Uploads the import file; answers the id that admin.checkImport and admin.importPosts take. */
export async function uploadImport(source: ImportSource): Promise<string> {
  try {
    const res = await postToServer('/admin-files', source, 'text/csv');
    return unwrap<{ fileId: string }>(await res.json()).fileId;
  } catch (err) {
    throw asCloudError(err);
  }
}
