/**
 * The plate sheet through the `admin` cloud entry, over the CloudBase stand-ins (database and storage) with the
 * wxacode and storage calls given a latency: a township of 200 posts (the most a sheet holds) makes its codes,
 * stores them under plates/release/, and answers a 34-page PDF stored under the admin's own folder, within the
 * admin function's timeout; a second sheet reads the stored codes back instead of making them again.
 */
import QRCode from 'qrcode';
import { PDFDocument } from 'pdf-lib';
import { MANIFEST } from '~/cloudfunctions/functions/manifest';
import type { Post } from '~/types/domain';
import { setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import { createStandinDatabase } from '../support/cloudbase-standin';
import { demoDataset } from '../support/local-harness';
import { pageImages, pageText } from '../support/pdf-text';
import { createStorageStandin } from '../support/storage-standin';
import { loadEntry, type EntryMain } from '../support/wx-sdk-fake';
import { loadThroughAdapter } from '../support/cloudbase-ready';

jest.setTimeout(120_000);

const standin = createStandinDatabase();
// Collections exist only once set up, as on CloudBase; before any other hook loads data.
beforeAll(() => setupDatabase(standin.admin));
const storage = createStorageStandin();
/** Latency per call, ms: a code takes long to make; storage calls are a round trip each. */
const LATENCY = { code: 300, upload: 80, download: 60, list: 40 };
const codes: string[] = [];
let codePng = Buffer.alloc(0);
const later = <T>(ms: number, f: () => Promise<T>) => new Promise<T>((r) => setTimeout(() => r(f()), ms));

jest.mock('wx-server-sdk', () => ({
  ...require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => 'demo-township-admin',
    openapi: {
      wxacode: {
        getUnlimited: (args: { scene: string; envVersion: string }) =>
          later(LATENCY.code, async () => {
            codes.push(`${args.envVersion}:${args.scene}`);
            return { errCode: 0, contentType: 'image/png', buffer: codePng };
          }),
      },
    },
  }),
  uploadFile: (a: never) => later(LATENCY.upload, () => storage.sdk.uploadFile(a)),
  downloadFile: (a: never) => later(LATENCY.download, () => storage.sdk.downloadFile(a)),
  getTempFileURL: (a: never) => later(LATENCY.list, () => storage.sdk.getTempFileURL(a)),
  deleteFile: (a: never) => later(LATENCY.list, () => storage.sdk.deleteFile(a)),
}));

let township = '';
let posts: Post[] = [];
beforeAll(async () => {
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
  // A wxacode is a 430 px PNG of about this weight.
  codePng = await QRCode.toBuffer('pages/post/index?scene=p220802001001001&padding=wxacode', {
    type: 'png',
    scale: 10,
  });
  const data = demoDataset();
  township = data.users.find((u) => u.openid === 'demo-township-admin')!.regionCode;
  const model = data.posts.find((p) => p.townshipCode === township && p.status === 'active')!;
  // A township of 200 posts: the demo's own villages, more posts each.
  posts = Array.from({ length: 200 }, (_, i) => ({
    ...model,
    id: `${model.id.slice(0, 12)}${String(500 + i).padStart(3, '0')}`,
    name: `${i + 1}号先锋岗`,
  }));
  await loadThroughAdapter(standin, {
    regions: data.regions.filter((r) => r.code.startsWith(township.slice(0, 6)) || r.code === '220800'),
    posts,
    services: [],
    volunteers: [],
    users: data.users,
  });
});

async function sheet(admin: EntryMain) {
  const started = Date.now();
  const res = await admin({ action: 'plateSheet', townshipCode: township });
  return { res, ms: Date.now() - started };
}

test('a 200-post township: codes made once, a 34-page PDF in storage, within the timeout', async () => {
  const admin = await loadEntry('admin');
  const cold = await sheet(admin);
  expect(cold.res.ok).toBe(true);
  console.log(`plateSheet of 200 posts: ${cold.ms} ms with codes made`);
  expect(cold.ms).toBeLessThan(MANIFEST.admin.timeoutS * 1000);
  expect(codes).toHaveLength(200);
  expect(codes.every((c) => c.startsWith('release:'))).toBe(true);
  expect([...storage.files.keys()].filter((p) => p.startsWith('plates/release/'))).toHaveLength(200);

  const { file, pages, plates, withoutCode } = cold.res.data;
  expect({ pages, plates, withoutCode }).toEqual({ pages: 34, plates: 200, withoutCode: [] });
  expect(file.url).toMatch(/^https:\/\//);
  const path = [...storage.files.keys()].find((p) => p.startsWith('sheets/'))!;
  expect(path).toMatch(/^sheets\/[0-9a-f]{20}\/[0-9a-f]{16}\/.*先锋岗二维码牌\.pdf$/);
  expect(file.fileId.endsWith(path)).toBe(true);
  const bytes = storage.files.get(path)!;
  console.log(`PDF of 200 plates: ${bytes.length} bytes`);
  const doc = await PDFDocument.load(new Uint8Array(bytes));
  expect(doc.getPageCount()).toBe(34);
  expect(pageText(doc, doc.getPage(33))).toEqual(
    expect.arrayContaining(posts.slice(198).flatMap((p) => [p.name, `编号 ${p.id}`])),
  );
  expect(pageImages(doc, doc.getPage(0))).toHaveLength(6);

  codes.length = 0;
  const warm = await sheet(admin);
  console.log(`plateSheet of 200 posts: ${warm.ms} ms with stored codes`);
  expect(warm.res.ok).toBe(true);
  expect(codes).toHaveLength(0);
  // The first sheet's file is gone; only the new one is kept.
  expect([...storage.files.keys()].filter((p) => p.startsWith('sheets/'))).toHaveLength(1);
  expect(storage.files.has(path)).toBe(false);
});
