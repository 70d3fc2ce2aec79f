/**
 * The bulk import as the WeChat app runs it, through the `admin` cloud entry over the CloudBase stand-ins: the app
 * asks where to upload (admin.importUpload), uploads the file once (Taro.cloud.uploadFile, stood in), and the
 * check and every batch name it by fileID. Every call's data stays under WeChat's 100 KB while the file is larger;
 * the function reads only the caller's own import files, capped at 2 MB, and deletes the file when it is done.
 */
import { IMPORT_BATCH, IMPORT_MAX_BYTES } from '~/types/api/network';
import { setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import { createStandinDatabase } from '../support/cloudbase-standin';
import { createStorageStandin, STANDIN_PREFIX } from '../support/storage-standin';
import { csvText, rowFor, villagesIn } from './admin-posts-fixture';
import { countyNetwork } from '../support/county-network';
import { loadEntry, type EntryMain } from '../support/wx-sdk-fake';
import { loadThroughAdapter } from '../support/cloudbase-ready';

const standin = createStandinDatabase();
// Collections exist only once set up, as on CloudBase; before any other hook loads data.
beforeAll(() => setupDatabase(standin.admin));
const storage = createStorageStandin();
let openid = 'demo-county-admin';
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => openid,
    storage: () => storage.sdk,
  }),
);

jest.setTimeout(120_000);
let admin: EntryMain;
/** WeChat's advice for callFunction data (CloudBase refuses text bodies past 100 KB). */
const CALL_LIMIT = 100 * 1024;
const sizes: Array<{ action: string; request: number; reply: number }> = [];

/** Calls the entry as callFunction would, recording the bytes of its data and of its reply. */
async function call(event: Record<string, unknown>) {
  const res = await admin(event);
  sizes.push({
    action: String(event.action),
    request: Buffer.byteLength(JSON.stringify(event)),
    reply: Buffer.byteLength(JSON.stringify(res)),
  });
  return res;
}

const COUNTY = '220802';
const ROWS = 1400;

beforeAll(async () => {
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
  await loadThroughAdapter(standin, countyNetwork(COUNTY, { services: [], volunteers: [] }));
  admin = await loadEntry('admin');
});

/** What the app does on WeChat: ask for the path, upload the bytes as the caller; the fileID. */
async function appUpload(bytes: Buffer): Promise<string> {
  const where = await call({ action: 'importUpload' });
  expect(where.ok).toBe(true);
  expect(where.data.maxBytes).toBe(IMPORT_MAX_BYTES);
  return storage.clientUpload(openid, where.data.cloudPath, bytes);
}

test('a 1,400-row file: uploaded once, checked and imported in batches, every call under 100 KB, then deleted', async () => {
  const villages = villagesIn(COUNTY);
  const rows = Array.from({ length: ROWS }, (_, i) =>
    rowFor(villages[i % villages.length], 9000 + i, { 地址: `${villages[i % villages.length].name}第${i}号院内东侧` }),
  );
  const bytes = Buffer.from(`\ufeff${csvText(rows)}`, 'utf8');
  expect(bytes.length).toBeGreaterThan(CALL_LIMIT);
  const fileId = await appUpload(bytes);
  const path = fileId.slice(STANDIN_PREFIX.length);
  expect(path).toMatch(/^imports\/[0-9a-f]{20}\/[0-9a-f]{16}\/import\.csv$/);

  const checked = await call({ action: 'checkImport', fileId, filename: '新增先锋岗.csv' });
  expect(checked.data).toMatchObject({ total: ROWS, good: ROWS, bad: 0 });
  let offset = 0;
  let created = 0;
  for (;;) {
    const res = await call({ action: 'importPosts', fileId, filename: '新增先锋岗.csv', goodOnly: false, offset });
    expect(res.ok).toBe(true);
    created += res.data.created;
    offset = res.data.done;
    if (res.data.done >= res.data.total) break;
  }
  expect(created).toBe(ROWS);
  expect(sizes.filter((s) => s.action === 'importPosts')).toHaveLength(Math.ceil(ROWS / IMPORT_BATCH));
  console.log(
    `import of a ${bytes.length}-byte file: ${sizes.length} calls; largest data ${Math.max(...sizes.map((s) => s.request))} B, largest reply ${Math.max(...sizes.map((s) => s.reply))} B`,
  );
  for (const s of sizes) expect(s.request).toBeLessThan(CALL_LIMIT);
  // The file is gone from storage; naming it again is a clear 404.
  expect(storage.files.has(path)).toBe(false);
  expect((await call({ action: 'checkImport', fileId })).error.code).toBe('FILE_NOT_FOUND');
});

test("another admin's file, a file outside imports/, and a missing file are all FILE_NOT_FOUND", async () => {
  const mine = await appUpload(Buffer.from('\ufeff岗位编号,岗位名称,地址,村代码,纬度,经度\r\n', 'utf8'));
  openid = 'demo-admin';
  expect((await call({ action: 'checkImport', fileId: mine })).error.code).toBe('FILE_NOT_FOUND');
  const photo = storage.clientUpload('resident-1', 'aid/abc/photo.jpg', Buffer.from('jpeg'));
  expect((await call({ action: 'checkImport', fileId: photo })).error.code).toBe('FILE_NOT_FOUND');
  expect((await call({ action: 'checkImport', fileId: `${STANDIN_PREFIX}imports/x/y.csv` })).error.code).toBe(
    'FILE_NOT_FOUND',
  );
  const bad = await call({ action: 'checkImport', fileId: '/etc/passwd' });
  expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', message: '文件编号不正确' });
  openid = 'demo-county-admin';
});

test('a file over 2 MB is refused as too big; an unreadable one is deleted at once', async () => {
  const huge = await appUpload(Buffer.alloc(IMPORT_MAX_BYTES + 1, 0x41));
  const res = await call({ action: 'checkImport', fileId: huge });
  expect(res.error).toMatchObject({ code: 'IMPORT_UNREADABLE', message: '文件太大，最多2MB（约两万行）' });
  const xlsx = await appUpload(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
  expect((await call({ action: 'checkImport', fileId: xlsx })).error.code).toBe('IMPORT_UNREADABLE');
  expect(storage.files.has(xlsx.slice(STANDIN_PREFIX.length))).toBe(false);
});

test("a new file replaces the admin's previous one in storage", async () => {
  const header = Buffer.from('\ufeff岗位编号,岗位名称,地址,村代码,纬度,经度\r\n', 'utf8');
  const v = villagesIn(COUNTY)[0];
  const one = await appUpload(Buffer.concat([header, Buffer.from(csvText([rowFor(v, 1)]).split('\r\n')[1])]));
  await call({ action: 'checkImport', fileId: one });
  const two = await appUpload(Buffer.concat([header, Buffer.from(csvText([rowFor(v, 2)]).split('\r\n')[1])]));
  await call({ action: 'checkImport', fileId: two });
  expect(storage.files.has(one.slice(STANDIN_PREFIX.length))).toBe(false);
  expect(storage.files.has(two.slice(STANDIN_PREFIX.length))).toBe(true);
});
