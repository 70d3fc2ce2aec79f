/**
 * The picked file's name rides along the import calls only as a label; a long one (a phone's "副本" copies) is
 * shortened before it is sent, so the check is never refused for the file's name.
 */
import * as v from 'valibot';
import { CheckImportInputSchema, IMPORT_FILENAME_MAX, ImportPostsInputSchema, importFilename } from '~/types/api';
import { callCloud } from '~/src/services/cloud';
import { checkImport } from '~/src/services/admin/checkImport';
import { importPosts } from '~/src/services/admin/importPosts';

jest.mock('~/src/services/cloud', () => ({
  ...jest.requireActual('~/src/services/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;

const FILE = `a${'0'.repeat(24)}`;
const LONG = `白城市洮北区${'先锋岗点位'.repeat(20)}导入表（最终版）- 副本 (2).csv`;

test('a short name is sent as it is', () => {
  expect(importFilename('洮北区新增.csv')).toBe('洮北区新增.csv');
  expect(importFilename('x'.repeat(IMPORT_FILENAME_MAX))).toBe('x'.repeat(IMPORT_FILENAME_MAX));
});

test('a long name keeps its start and its extension within the limit, never cutting a character in two', () => {
  const short = importFilename(LONG);
  expect(short.length).toBeLessThanOrEqual(IMPORT_FILENAME_MAX);
  expect(short.startsWith('白城市洮北区先锋岗点位')).toBe(true);
  expect(short.endsWith('….csv')).toBe(true);
  const emoji = importFilename(`${'📄'.repeat(80)}.csv`);
  expect(emoji.length).toBeLessThanOrEqual(IMPORT_FILENAME_MAX);
  expect(emoji).toMatch(/^(📄)+…\.csv$/u);
  expect(importFilename('名'.repeat(150))).toBe(`${'名'.repeat(IMPORT_FILENAME_MAX - 1)}…`);
});

test('the shortened name passes both calls’ schemas, and the services send it shortened', async () => {
  const filename = importFilename(LONG);
  expect(v.safeParse(CheckImportInputSchema, { fileId: FILE, filename }).success).toBe(true);
  expect(v.safeParse(ImportPostsInputSchema, { fileId: FILE, filename, goodOnly: true, offset: 0 }).success).toBe(true);
  call.mockResolvedValue({});
  await checkImport(FILE, 'gcj02', LONG);
  expect(call).toHaveBeenLastCalledWith('admin', 'checkImport', { fileId: FILE, datum: 'gcj02', filename });
  await importPosts({ fileId: FILE, filename: LONG, goodOnly: false, offset: 500 });
  expect(call).toHaveBeenLastCalledWith('admin', 'importPosts', {
    fileId: FILE,
    filename,
    goodOnly: false,
    offset: 500,
  });
});

test('a name over the limit from another client is refused with a Chinese message', () => {
  const r = v.safeParse(CheckImportInputSchema, { fileId: FILE, filename: LONG });
  expect(r.success).toBe(false);
  expect(r.issues?.[0].message).toBe(`文件名不能超过${IMPORT_FILENAME_MAX}个字符`);
});
