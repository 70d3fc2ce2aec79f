/**
 * What an admin writes for the public passes the same content check as residents' and workers' text: a post's name
 * and address (its plate and landing page), a service point's card, a worker's name from an invite (shown on the
 * landing page), and every row of an import file. A refused text names its field, and nothing is stored; an
 * ordinary text passes.
 */
import { checkFile } from '~/cloudfunctions/domain/admin/import/check';
import { PUBLIC_TEXT_REJECTED } from '~/cloudfunctions/domain/admin/public-text';
import { COUNTY, csvFile, rowFor, uploaded, villagesIn, withNetwork } from './admin-posts-fixture';

jest.setTimeout(30_000);

const n = withNetwork();
const village = () => villagesIn(COUNTY)[0];

/** A 400 CONTENT_REJECTED naming `field`. */
function expectRejected(
  res: { status: number; json: { error?: { code: string; message: string; field?: string } } },
  field: string,
) {
  expect([res.status, res.json.error?.code, res.json.error?.message, res.json.error?.field]).toEqual([
    400,
    'CONTENT_REJECTED',
    PUBLIC_TEXT_REJECTED,
    field,
  ]);
}

test('a post named or addressed with a listed word, however it is spelled, is refused and not stored', async () => {
  const v = village();
  const before = (await n.h.store.posts.inRegion(v.code, null, 1000)).length;
  const base = { action: 'createPost', villageCode: v.code, lat: v.lat, lng: v.lng };
  // Hangul fillers between the characters, and the radical ⺩ for 王: both read as the word.
  expectRejected(
    await n.county.call('admin', { ...base, name: '王\u3164八\u3164蛋先锋岗', address: '村委会' }),
    'name',
  );
  expectRejected(await n.county.call('admin', { ...base, name: '幸福先锋岗', address: '⺩八蛋家门口' }), 'address');
  expect((await n.h.store.posts.inRegion(v.code, null, 1000)).length).toBe(before);

  const made = await n.county.call('admin', { ...base, name: '幸福先锋岗', address: '村委会东侧' });
  expect(made.status).toBe(200);
  const id = made.json.data.id as string;
  expectRejected(await n.county.call('admin', { action: 'updatePost', postId: id, name: '贷款秒批先锋岗' }), 'name');
  expect(await n.h.store.posts.byId(id)).toMatchObject({ name: '幸福先锋岗', address: '村委会东侧' });
});

test("a service point's name, address, hours and note are checked, each by its field", async () => {
  const v = village();
  const base = {
    action: 'saveServicePoint',
    kind: 'mediationRoom',
    name: '幸福村人民调解委员会',
    regionCode: v.code,
    address: '村委会二楼',
    phone: '0436-3210000',
    hours: '工作日 8:30–17:00',
    lat: v.lat,
    lng: v.lng,
    stars: null,
    note: '',
    channels: [],
  };
  expectRejected(await n.county.call('admin', { ...base, note: '操你妈 贷款秒批' }), 'note');
  expectRejected(await n.county.call('admin', { ...base, hours: '專 業 代 開 發 票' }), 'hours');
  const ok = await n.county.call('admin', base);
  expect(ok.status).toBe(200);
});

test('an invite cannot give a worker a name the landing page would show as a listed word', async () => {
  const v = village();
  const post = (await n.h.store.posts.inRegion(v.code, null, 10)).find((p) => p.status === 'active')!;
  const invite = { action: 'createInvite', role: 'volunteer', regionCode: v.code, postIds: [post.id] };
  expectRejected(await n.county.call('admin', { ...invite, name: '王\u0301八\u0301蛋' }), 'name');
  expect((await n.county.call('admin', { ...invite, name: '张明远' })).status).toBe(200);
});

test('an import file: the rows with a listed word are reported by field, the others pass', async () => {
  const v = village();
  const rows = Array.from({ length: 40 }, (_, k) => rowFor(v, 9000 + k));
  rows[7] = { ...rows[7], 岗位名称: '王ハ蛋先锋岗' };
  rows[30] = { ...rows[30], 地址: '加微信领红包' };
  const fileId = await uploaded(n.county, csvFile(rows));
  const res = await n.county.call('admin', { action: 'checkImport', fileId });
  expect(res.status).toBe(200);
  expect(res.json.data).toMatchObject({ total: 40, good: 38, bad: 2 });
  expect(res.json.data.problems).toEqual([
    { row: 9, field: '岗位名称', reason: PUBLIC_TEXT_REJECTED },
    { row: 32, field: '地址', reason: PUBLIC_TEXT_REJECTED },
  ]);
});

test("an import's batches ask the content check once for the file's text; a changed text is asked again", async () => {
  const v = village();
  const rows = Array.from({ length: 5 }, (_, k) => rowFor(v, 9100 + k));
  const asked: string[] = [];
  const checker = { check: async (text: string) => (asked.push(text), 'pass' as const) };
  const screen = { checker, openid: 'o-admin', now: n.h.clock.now };
  const bytes = (file: string) => Buffer.from(file, 'base64');
  // Three batches of one import check the whole file each time: WeChat is asked once.
  for (let batch = 0; batch < 3; batch++) await checkFile(n.h.store, COUNTY, bytes(csvFile(rows)), 'wgs84', screen);
  expect(asked).toHaveLength(1);
  // A check that fails (WeChat's quota) lets a new text through this once, and is asked again next time.
  const other = Array.from({ length: 3 }, (_, k) => rowFor(v, 9200 + k));
  const failing = { check: async () => Promise.reject(new Error('quota')) };
  await checkFile(n.h.store, COUNTY, bytes(csvFile(other)), 'wgs84', { ...screen, checker: failing });
  await checkFile(n.h.store, COUNTY, bytes(csvFile(other)), 'wgs84', screen);
  expect(asked).toHaveLength(2);
  // One address changed: another text, asked anew, and refused when the check says so.
  rows[2] = { ...rows[2], 地址: '加微信领红包' };
  const risky = {
    check: async (text: string) => (asked.push(text), text.includes('微信') ? 'risky' : 'pass'),
  } as const;
  const checked = await checkFile(n.h.store, COUNTY, bytes(csvFile(rows)), 'wgs84', { ...screen, checker: risky });
  expect(asked.length).toBeGreaterThan(1);
  expect(checked.report.problems).toEqual([{ row: 4, field: '地址', reason: PUBLIC_TEXT_REJECTED }]);
});
