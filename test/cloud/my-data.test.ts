/**
 * 下载我的数据 over SQLite and the CloudBase stand-in: two residents with requests and notices each download their
 * file; each holds their own requests (full numbers decrypted, photo ids, history, answers) and notices and
 * nothing of the other's. The stored delivery (WeChat's) keeps one file per resident, and 删除我的数据 removes it.
 */
import { randomBytes } from 'node:crypto';
import { encrypt } from '~/cloudfunctions/domain/crypto';
import { residentRoutes } from '~/cloudfunctions/functions/resident/routes';
import { createLocalFileStore } from '~/cloudfunctions/local/file-store';
import type { Dataset, RequestRow } from '~/cloudfunctions/store/port';
import type { Post, Region } from '~/types/domain';
import { regionRow } from '../support/rows';
import { runner, STORE_NAMES, withBothStores } from './route-runner';
import { UNHANDLED } from './store-fixture';

const T0 = Date.UTC(2026, 10, 2, 2, 0, 0);
const KEY = randomBytes(32);
const ID_A = '220802199001011237';
const region = (code: string, level: Region['level'], parentCode: string | null): Region =>
  regionRow(code, code, level, parentCode);
const POST: Post = {
  id: 'P001',
  name: '幸福村先锋岗',
  address: '幸福村村委会',
  villageCode: '220802001001',
  townshipCode: '220802001',
  countyCode: '220802',
  lat: 45.6,
  lng: 122.8,
  radiusM: 500,
  status: 'active',
  createdAt: T0,
};
const dataset = (): Dataset => ({
  regions: [
    region('220800', 'city', null),
    region('220802', 'county', '220800'),
    region('220802001', 'township', '220802'),
    region('220802001001', 'village', '220802001'),
  ],
  posts: [POST],
  services: [],
  volunteers: [],
  users: [],
});

function request(n: number, owner: string, over: Partial<RequestRow>): RequestRow {
  return {
    id: `r${String(n).padStart(24, '0')}`,
    kind: 'question',
    owner,
    clientId: `c-${n}`,
    postId: POST.id,
    villageCode: POST.villageCode,
    townshipCode: POST.townshipCode,
    countyCode: POST.countyCode,
    assignee: 'post:P001',
    status: 'pending',
    title: `法律咨询 ${n}`,
    payload: {},
    createdAt: T0 + n,
    updatedAt: T0 + n,
    dueAt: T0 + 86_400_000,
    ...UNHANDLED,
    ...over,
  } as RequestRow;
}

const stores = withBothStores(dataset, async (store) => {
  await store.requests.create(
    request(1, 'o-alice', {
      kind: 'aid',
      assignee: 'A01',
      status: 'submitted',
      title: '法律援助预申请',
      payload: {
        name: '赵铁柱',
        idNumber: encrypt(KEY, ID_A),
        phone: encrypt(KEY, '13912345678'),
        facts: '包工头拖欠工资两万元。',
        photos: 'cloud://env-1/aid/abc/p1.jpg',
      },
    }),
    [{ at: T0, status: 'submitted', by: '先锋岗', note: '已提交法律援助中心' }],
  );
  await store.requests.create(
    request(2, 'o-bob', {
      payload: { text: '邻居的树枝伸过来了怎么办？', callbackPhone: encrypt(KEY, '13698765432') },
    }),
    [{ at: T0, status: 'pending', by: '先锋岗', note: '已转交' }],
  );
  await store.outbox.add({
    id: 'n000000000000000000000001',
    recipient: 'o-alice',
    at: T0 + 10,
    title: '法律援助：已受理',
    body: '请补充工资欠条照片。',
    requestId: request(1, 'o-alice', {}).id,
    target: 'resident',
    readAt: null,
  });
});

describe.each(STORE_NAMES)('下载我的数据 over %s', (name) => {
  const s = () => stores.named(name);

  test("each resident's file holds their own data in full and nothing of the other's", async () => {
    const call = runner(s().store, 'resident', residentRoutes, { now: () => T0 + 1000, dataKey: KEY });
    const a = await call('o-alice', { action: 'myData' });
    expect([a.status, a.data.requests, a.data.notices]).toEqual([200, 1, 1]);
    const doc = JSON.parse(a.data.json);
    const [req] = doc['我的诉求'];
    expect(req['身份证号和手机号（完整）']).toEqual({ 身份证号: ID_A, 手机号: '13912345678' });
    expect(req['证明材料照片']).toEqual(['cloud://env-1/aid/abc/p1.jpg']);
    expect(req['先锋岗']).toBe('幸福村先锋岗（P001）');
    expect(req['办理记录'][0]['说明']).toBe('已提交法律援助中心');
    expect(doc['消息'][0]['内容']).toBe('请补充工资欠条照片。');
    for (const his of ['树枝', '13698765432', 'o-bob']) expect([his, a.data.json.includes(his)]).toEqual([his, false]);

    const b = await call('o-bob', { action: 'myData' });
    expect([b.data.requests, b.data.notices]).toEqual([1, 0]);
    expect(JSON.parse(b.data.json)['我的诉求'][0]['身份证号和手机号（完整）']).toEqual({ 回电电话: '13698765432' });
    for (const hers of [ID_A, '赵铁柱', '13912345678', '欠条', 'o-alice']) {
      expect([hers, b.data.json.includes(hers)]).toEqual([hers, false]);
    }
    const nobody = await call('o-carol', { action: 'myData' });
    expect([nobody.data.requests, nobody.data.notices]).toEqual([0, 0]);
  });

  test('the stored delivery keeps one file per resident, removed with 删除我的数据', async () => {
    const files = createLocalFileStore(() => T0);
    const call = runner(s().store, 'resident', residentRoutes, { now: () => T0 + 1000, dataKey: KEY, files });
    const first = await call('o-bob', { action: 'myData', delivery: 'file' });
    const second = await call('o-bob', { action: 'myData', delivery: 'file' });
    expect([first.status, second.status, second.data.json]).toEqual([200, 200, '']);
    expect(files.read(first.data.file.fileId)).toBeNull();
    const kept = files.read(second.data.file.fileId)!;
    expect(JSON.parse(kept.bytes.toString('utf8'))['我的诉求'][0]['编号']).toBe(request(2, 'o-bob', {}).id);
    expect(kept.path).toMatch(/^exports\/[0-9a-f]{20}\/[0-9a-f]{16}\/我的数据_\d{8}\.json$/);
    expect((await call('o-bob', { action: 'deleteMyData', confirm: true })).status).toBe(200);
    expect(files.read(second.data.file.fileId)).toBeNull();
    expect((await call(null, { action: 'myData' })).status).toBe(401);
  });
});
