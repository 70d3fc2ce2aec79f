/** A chosen import file, as both platforms' pickers answer it. */
import type { ImportSource } from '~/src/services/admin/uploadImport';

/** A chosen file, not yet uploaded. */
export interface PickedFile {
  name: string;
  size: number;
  /** What uploadImport takes: the temp file's path on WeChat, the File on H5. */
  source: ImportSource;
}
