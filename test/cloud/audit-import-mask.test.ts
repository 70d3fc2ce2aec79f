/**
 * An import's file name is an admin's free text: the audit log (审计日志) stores it with its numbers masked and the
 * log page shows it masked, as it does an entry stored before that (unmasked, never to be changed).
 */
import { recordText } from '~/cloudfunctions/domain/audit/read';
import { csvFile, rowFor, uploaded, villagesIn, withNetwork, COUNTY } from './admin-posts-fixture';

const n = withNetwork();

test('an import whose file name carries a phone is stored and shown without it', async () => {
  const fileId = await uploaded(n.county, csvFile([rowFor(villagesIn(COUNTY)[2], 1)]));
  const res = await n.county.call('admin', {
    action: 'importPosts',
    fileId,
    goodOnly: false,
    offset: 0,
    filename: '王芳 139 1234 5678 岗位.csv',
  });
  expect(res.json.data.created).toBe(1);
  const stored = await n.h.store.audit.page({
    kinds: null,
    fromMs: 0,
    toMs: Date.now() + 1e9,
    before: null,
    limit: 50,
  });
  const entry = stored.find((e) => e.action === 'posts.import');
  expect(entry?.requestId).toBe('import:王芳 139****5678 岗位.csv');
  const shown = (await n.city.call('admin', { action: 'auditLog' })).json.data;
  const records = shown.entries.map((e: { record: string }) => e.record);
  expect(records).toContain('导入文件「王芳 139****5678 岗位.csv」');
  expect(JSON.stringify(shown)).not.toContain('12345678');
});

test('an import entry stored before masking shows its file name masked', () => {
  expect(recordText('import:身份证110105-1949-1231-002X.csv')).toBe('导入文件「身份证110105********002X.csv」');
  expect(recordText('import:0436 123 4567名单.csv')).toBe('导入文件「0436-***4567名单.csv」');
});
