/** Importing one batch (IMPORT_BATCH rows) of a checked file. */
import { importFilename, type ActionInput, type ImportProgress } from '~/types/api';
import { callCloud } from '../cloud';

/** Imports the good rows from `offset`; replies how far the import has come. */
export function importPosts(input: ActionInput<'admin', 'importPosts'>): Promise<ImportProgress> {
  const { filename } = input;
  return callCloud('admin', 'importPosts', filename ? { ...input, filename: importFilename(filename) } : input);
}
