/**
 * The deployable `resident` function over the CloudBase stand-in: it refuses to run without DATA_KEY, asks WeChat's
 * msgSecCheck (v2) about user text, needs an OPENID to accept a request, and stores personal numbers encrypted.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { idCheckChar } from '~/types/idcard';
import type { StandinDatabase } from '../support/cloudbase-standin';
import { createReadyStandin, loadThroughAdapter } from '../support/cloudbase-ready';
import { demoDataset } from '../support/local-harness';
import { countyNetwork } from '../support/county-network';
import { loadEntry, type EntryMain } from '../support/wx-sdk-fake';

let standin: StandinDatabase;
let openid = '';
let verdict = 'pass';
const checks: Record<string, unknown>[] = [];
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => openid,
    openapi: {
      security: {
        msgSecCheck: require('../support/wx-sdk-fake').secCheckStandin(() => ({ suggest: verdict }), checks),
      },
    },
  }),
);

let resident: EntryMain;
let postId: string;
const ID17 = '22080219900101123';
const ID_NUMBER = ID17 + idCheckChar(ID17);

beforeAll(async () => {
  standin = await createReadyStandin();
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
  process.env.DATA_KEY = randomBytes(32).toString('base64');
  const data = demoDataset();
  await loadThroughAdapter(standin, countyNetwork('220802', { volunteers: [], users: [] }));
  postId = data.posts.find((p) => p.countyCode === '220802' && p.status === 'active')!.id;
  resident = await loadEntry('resident');
});

const aid = () => ({
  action: 'applyAid',
  postId,
  clientId: randomUUID(),
  matter: 'support',
  exemption: 'none',
  name: '孙桂兰',
  idNumber: ID_NUMBER,
  phone: '13698765432',
  address: '白城市洮北区平安镇平安村',
  stage: 'negotiating',
  facts: '儿子常年在外打工，不给赡养费，我今年七十二岁，没有收入来源。',
  monthlyIncome: 300,
  householdSize: 1,
  pledge: true,
});

test('a legal-aid pre-application through the cloud entry: checked by WeChat, stored encrypted, read back masked', async () => {
  openid = 'o-resident-9';
  const res = await resident(aid());
  expect(res.ok).toBe(true);
  expect(res.data.created).toBe(true);
  expect(checks.at(-1)).toMatchObject({ version: 2, openid: 'o-resident-9', scene: 1 });
  expect(checks.at(-1)!.content).toContain('儿子常年在外打工');
  const raw = JSON.stringify(standin.dump('requests'));
  expect(raw).toContain('孙桂兰');
  expect(raw).not.toContain(ID_NUMBER);
  expect(raw).not.toContain('13698765432');
  const detail = await resident({ action: 'requestDetail', id: res.data.id });
  expect(detail.data.fields).toContainEqual({ label: '联系电话', value: '136****5432' });
  expect(detail.data.fields).toContainEqual({ label: '家庭人均月收入', value: '300元' });
  expect(detail.data.timeline[0].note).toBe('已转交 洮北区法律援助中心');
});

test('text WeChat does not pass is refused with CONTENT_REJECTED and nothing is stored', async () => {
  openid = 'o-resident-10';
  verdict = 'risky';
  const before = standin.dump('requests').length;
  const res = await resident(aid());
  verdict = 'pass';
  expect(res.error).toEqual({
    code: 'CONTENT_REJECTED',
    message:
      '内容含有辱骂、威胁或广告等不适宜的信息，请删去这些字词后再提交；如实讲述遇到的事（如被骗、被打的经过）不受影响',
  });
  expect(standin.dump('requests')).toHaveLength(before);
});

test('without an OPENID a request is refused (UNAUTHENTICATED): someone must be there to answer', async () => {
  openid = '';
  const res = await resident(aid());
  expect(res.error!.code).toBe('UNAUTHENTICATED');
});

test('without DATA_KEY (or with a key of the wrong length) the function refuses rather than store numbers in clear', async () => {
  const key = process.env.DATA_KEY;
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  openid = 'o-resident-11';
  for (const bad of [undefined, randomBytes(16).toString('base64')]) {
    if (bad === undefined) delete process.env.DATA_KEY;
    else process.env.DATA_KEY = bad;
    const before = standin.dump('requests').length;
    const res = await resident(aid());
    expect(res.error!.code).toBe('INTERNAL');
    expect(standin.dump('requests')).toHaveLength(before);
  }
  expect(spy).toHaveBeenCalledWith(expect.stringContaining('DATA_KEY'));
  spy.mockRestore();
  process.env.DATA_KEY = key;
});
