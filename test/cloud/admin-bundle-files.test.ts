/**
 * The deployable `admin` bundle itself (esbuild output, as uploaded to CloudBase) over the stand-ins: it finds the
 * CJK font copied beside its index.js, makes a plate sheet PDF with the post names in it, and writes an export's
 * Excel workbook, so what works from source also works from the folder WeChat DevTools uploads.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { PLATE_FONT_FILE } from '~/cloudfunctions/domain/admin/plates/font';
import { buildFunction } from '~/scripts/build-functions';
import { setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import { createStandinDatabase } from '../support/cloudbase-standin';
import { demoDataset } from '../support/local-harness';
import { pageText } from '../support/pdf-text';
import { createStorageStandin, STANDIN_PREFIX } from '../support/storage-standin';
import { type EntryMain } from '../support/wx-sdk-fake';
import { loadThroughAdapter } from '../support/cloudbase-ready';

const standin = createStandinDatabase();
// Collections exist only once set up, as on CloudBase; before any other hook loads data.
beforeAll(() => setupDatabase(standin.admin));
const storage = createStorageStandin();
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => 'demo-township-admin',
    openapi: { wxacode: { getUnlimited: async () => ({ errCode: 0, buffer: PNG }) } },
    storage: () => storage.sdk,
  }),
);
// A 1 × 1 white PNG: the bundle embeds whatever wxacode answers.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC',
  'base64',
);

jest.setTimeout(60_000);
// Inside the repository, so the bundle's require('wx-server-sdk') resolves (to this file's stand-in).
const dist = join(__dirname, '../../dist');
mkdirSync(dist, { recursive: true });
const out = mkdtempSync(join(dist, 'fn-test-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
let sheetIds: string[] = [];

test('the bundled admin function makes the plate PDF with its own font and an export workbook', async () => {
  const { assets } = await buildFunction('admin', out);
  expect(assets).toBeGreaterThan(1_000_000);
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
  const data = demoDataset();
  const township = data.users.find((u) => u.openid === 'demo-township-admin')!.regionCode;
  const posts = data.posts.filter((p) => p.townshipCode === township && p.status === 'active').slice(0, 3);
  await loadThroughAdapter(standin, {
    regions: data.regions.filter((r) => r.code.startsWith(township.slice(0, 6)) || r.code === '220800'),
    posts,
    services: [],
    volunteers: [],
    users: data.users,
  });
  const admin = require(join(out, 'admin', 'index.js')).main as EntryMain;
  expect(require.resolve(join(out, 'admin', PLATE_FONT_FILE))).toBeTruthy();

  sheetIds = posts.map((p) => p.id);
  const sheet = await admin({ action: 'plateSheet', postIds: sheetIds });
  expect(sheet.ok).toBe(true);
  const pdf = storage.files.get(sheet.data.file.fileId.slice(STANDIN_PREFIX.length))!;
  const doc = await PDFDocument.load(new Uint8Array(pdf));
  expect(pageText(doc, doc.getPage(0))).toEqual(expect.arrayContaining(posts.map((p) => p.name)));
  // Subset-embedded: the whole font is 10 MB, the sheet a few dozen KB.
  expect(pdf.length).toBeLessThan(200_000);

  const exported = await admin({ action: 'export', table: 'children', period: { preset: '7d' }, delivery: 'file' });
  expect(exported.ok).toBe(true);
  const xlsx = storage.files.get(exported.data.files.xlsx.fileId.slice(STANDIN_PREFIX.length))!;
  expect(xlsx.readUInt32BE(0)).toBe(0x504b0304);
});

test('a bundle deployed without its font refuses the sheet (500) rather than print boxes', async () => {
  rmSync(join(out, 'admin', PLATE_FONT_FILE));
  let admin: EntryMain | null = null;
  jest.isolateModules(() => {
    admin = require(join(out, 'admin', 'index.js')).main as EntryMain;
  });
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const res = await admin!({ action: 'plateSheet', postIds: sheetIds });
  spy.mockRestore();
  expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
});
