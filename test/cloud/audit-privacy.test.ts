/**
 * The audit log (审计日志) and 下载我的数据 of one legal-aid application, over SQLite and the CloudBase stand-in,
 * through the real actions: 需补充 is on record beside 开始审查 and 不予; a reason naming the applicant's ID number and
 * phone reaches the log masked (it outlives 删除我的数据) while the applicant still reads it whole; and the
 * applicant's file lists who looked at or decided the application (by role and unit, never by name), its 待人工复核
 * flag, and the photos they uploaded but never attached.
 */
import { randomBytes } from 'node:crypto';
import { encrypt } from '~/cloudfunctions/domain/crypto';
import { adminRoutes } from '~/cloudfunctions/functions/admin/routes';
import { residentRoutes } from '~/cloudfunctions/functions/resident/routes';
import { workRoutes } from '~/cloudfunctions/functions/work/routes';
import type { Dataset, PhotoRow, RequestRow } from '~/cloudfunctions/store/port';
import { runner, STORE_NAMES, withBothStores } from './route-runner';
import { fixture } from './store-fixture';
import { workRequest } from './store-contract-work';

const T0 = Date.UTC(2026, 11, 3, 2);
const KEY = randomBytes(32);
const ID_NUMBER = '11010519491231002X';
const PHONE = '13900139002';
const STAFF_PHONE = '13700137000';
const REASON = `申请人赵六一（身份证${ID_NUMBER}，电话${PHONE}）收入超标`;
const CLOUD_PHOTO = 'cloud://env-1/aid/abc/p1.jpg';
const photoId = (n: number) => `f${String(n).padStart(24, '0')}`;

const dataset = (): Dataset => {
  const data = fixture();
  // A staff member of the legal-aid centre whose name, as an invite gave it, carries a phone number.
  data.users.push({
    openid: 'o-aid',
    role: 'staff',
    regionCode: '220802',
    label: `法律援助中心 吴九 ${STAFF_PHONE}`,
    volunteerId: null,
    serviceId: 'A01',
  });
  return data;
};

const APPLICATION: RequestRow = workRequest(7, {
  kind: 'aid',
  owner: 'o-alice',
  assignee: 'A01',
  status: 'submitted',
  title: '法律援助预申请',
  payload: {
    name: '赵六一',
    idNumber: encrypt(KEY, ID_NUMBER),
    phone: encrypt(KEY, PHONE),
    facts: '包工头拖欠工资两万元。',
    photos: `${CLOUD_PHOTO}\n${photoId(1)}`,
    contentReview: 'review',
  },
});

const photo = (n: number, owner: string): PhotoRow => ({
  id: photoId(n),
  owner,
  mime: 'image/jpeg',
  bytes: Buffer.from(`photo ${n}`),
  createdAt: T0 + n,
});

let clock = T0;
const stores = withBothStores(dataset, async (store) => {
  await store.requests.create(APPLICATION, [{ at: T0, status: 'submitted', by: '先锋岗', note: '已提交' }]);
  // Local uploads (SQLite keeps them as rows; CloudBase keeps none): one attached, one never, one of someone else.
  for (const p of [photo(1, 'o-alice'), photo(2, 'o-alice'), photo(3, 'o-bob')]) {
    await store.photos.put(p).catch(() => undefined);
  }
});

describe.each(STORE_NAMES)('one application, its audit entries and its owner’s file over %s', (name) => {
  const s = () => stores.named(name).store;
  const opts = () => ({ now: () => clock, dataKey: KEY });
  const work = () => runner(s(), 'work', workRoutes, opts());
  const resident = () => runner(s(), 'resident', residentRoutes, opts());
  const admin = () => runner(s(), 'admin', adminRoutes, opts());
  const id = APPLICATION.id;

  test('review, 需补充, supplement, a reveal, a photo view and 不予 are each on record, in order', async () => {
    const w = work();
    const step = async (body: Record<string, unknown>) => {
      clock += 60_000;
      const version = (await s().requests.byId(id))!.version;
      const res = await w('o-aid', { id, version, ...body });
      expect([body.action, res.status, res.error]).toEqual([body.action, 200, undefined]);
    };
    await step({ action: 'decide', decision: 'startReview' });
    await step({ action: 'askMore', text: '请补充劳务合同或工资欠条的照片' });
    clock += 60_000;
    const sup = await resident()('o-alice', { action: 'supplement', id, text: '没有书面合同，有工友可以作证' });
    expect(sup.status).toBe(200);
    clock += 60_000;
    expect((await w('o-aid', { action: 'reveal', id, field: 'idNumber' })).data.value).toBe(ID_NUMBER);
    clock += 60_000;
    expect((await w('o-aid', { action: 'evidence', id })).status).toBe(200);
    await step({ action: 'decide', decision: 'decline', reason: REASON });
    expect((await s().audit.forRequest(id, 20)).map((e) => e.action)).toEqual([
      'aid.startReview',
      'aid.askMore',
      'reveal.idNumber',
      'view.photos',
      'aid.decline',
    ]);
    const log = await admin()('o-admin', { action: 'auditLog', kind: 'decision' });
    expect(log.data.entries.map((e: { action: string }) => e.action)).toEqual([
      '法律援助：不予',
      '法律援助：需补充材料',
      '法律援助：开始审查',
    ]);
    expect(log.data.entries[1].detail).toBe('请补充：劳务合同或工资欠条的照片');
  });

  test('the log keeps neither number of the reason, nor the phone in a worker’s name; the applicant reads it whole', async () => {
    const stored = JSON.stringify(await s().audit.forRequest(id, 20));
    const page = await admin()('o-admin', { action: 'auditLog' });
    expect(page.status).toBe(200);
    const shown = JSON.stringify(page.data);
    for (const [where, text] of [
      ['stored', stored],
      ['page', shown],
    ]) {
      for (const secret of [ID_NUMBER, PHONE, STAFF_PHONE, '1231002']) {
        expect([where, secret, text.includes(secret)]).toEqual([where, secret, false]);
      }
    }
    const decline = page.data.entries.find((e: { action: string }) => e.action === '法律援助：不予');
    expect(decline.detail).toContain('申请人赵六一（身份证110105********002X，电话139****9002）收入超标');
    expect(decline.actorName).toBe('法律援助中心 吴九 137****7000');
    // The request itself keeps the reason as written: its owner sees it whole.
    const mine = await resident()('o-alice', { action: 'requestDetail', id });
    expect(mine.data.decision).toEqual({ approved: false, reason: REASON });
  });

  test('the owner’s file lists who looked and decided by role and unit, the review flag and loose uploads', async () => {
    clock += 60_000;
    const res = await resident()('o-alice', { action: 'myData' });
    expect(res.status).toBe(200);
    const doc = JSON.parse(res.data.json);
    const [req] = doc['我的诉求'];
    expect(req['受理单位']).toBe('服务点 A01');
    expect(req['内容复核']).toBe('待人工复核：自动检查发现内容里有需要工作人员留意的词语，已提示办理人员人工查看');
    const lines = req['查看和决定记录'] as Record<string, string>[];
    expect(lines.map((l) => [l['操作'], l['操作人']])).toEqual([
      ['法律援助：开始审查', '工作人员（服务点 A01）'],
      ['法律援助：需补充材料', '工作人员（服务点 A01）'],
      ['查看完整身份证号', '工作人员（服务点 A01）'],
      ['查看证明材料照片', '工作人员（服务点 A01）'],
      ['法律援助：不予', '工作人员（服务点 A01）'],
    ]);
    expect(lines[3]['说明']).toBe('2张');
    expect(lines.every((l) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(l['时间']))).toBe(true);
    // Who by name stays in the log, for the bureau to check; the file says so.
    expect(JSON.stringify(lines)).not.toContain('吴九');
    expect(doc['查看和决定记录说明']).toContain('不写工作人员的姓名');
    // The full reason is theirs: it is in their history, whole.
    expect(req['办理记录'].at(-1)['说明']).toContain(ID_NUMBER);
    const loose = doc['未随诉求提交的照片'];
    expect(loose['说明']).toContain('没有随诉求提交');
    const expected = name === 'sqlite' ? [`/files/${photoId(2)}`] : [];
    expect(loose['照片'].map((p: Record<string, string>) => p['链接'])).toEqual(expected);
    expect(res.data.json).not.toContain(photoId(3));
    // The scans are kept apart, under a salted number: the file no longer says they cannot be linked to requests.
    expect(doc['扫码记录']).not.toContain('不与您的诉求关联');
    expect(doc['扫码记录']).toContain('分开保存');
  });

  test('someone else’s file holds none of it', async () => {
    clock += 60_000;
    const res = await resident()('o-bob', { action: 'myData' });
    const doc = JSON.parse(res.data.json);
    expect(doc['我的诉求']).toEqual([]);
    const expected = name === 'sqlite' ? [`/files/${photoId(3)}`] : [];
    expect(doc['未随诉求提交的照片']['照片'].map((p: Record<string, string>) => p['链接'])).toEqual(expected);
    for (const hers of [ID_NUMBER, '赵六一', id, photoId(2), '查看完整身份证号']) {
      expect([hers, res.data.json.includes(hers)]).toEqual([hers, false]);
    }
  });
});
