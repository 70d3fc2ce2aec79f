/**
 * The production pusher: each notice becomes a WeChat subscribe message (subscribeMessage.send) with the template
 * of its kind, `thing` values cut to 20 characters; no template id, no send; a refused send (43101) is logged and
 * never fails the action. Wired into the cloud entry through a stood-in wx-server-sdk.
 */
import * as v from 'valibot';
import type { StandinDatabase } from '../support/cloudbase-standin';
import { createReadyStandin } from '../support/cloudbase-ready';
import type { NoticeRow } from '~/cloudfunctions/store/port';
import type { RouteTable } from '~/cloudfunctions/domain/context';
import { createSubscribePusher, thing, timeValue, type SubscribeMessageApi } from '~/cloudfunctions/functions/push';

let standin: StandinDatabase;
beforeAll(async () => {
  standin = await createReadyStandin();
});
const sent: Parameters<SubscribeMessageApi['send']>[0][] = [];
let refuse = false;
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => 'o-resident-push',
    openapi: {
      subscribeMessage: {
        send: async (args: Parameters<SubscribeMessageApi['send']>[0]) => {
          if (refuse)
            throw Object.assign(new Error('errCode: 43101 user refuse to accept the msg'), { errCode: 43101 });
          sent.push(args);
          return { errCode: 0 };
        },
      },
    },
  }),
);

const notice = (extra: Partial<NoticeRow> = {}): NoticeRow => ({
  id: 'n0123456789abcdef01234567',
  recipient: 'o-resident-1',
  at: Date.UTC(2026, 10, 27, 2, 5),
  title: '您的咨询有了答复',
  body: '法律咨询 · 拖欠工资：您好，被拖欠工资可以先收集证据，再向人社部门投诉或者申请劳动仲裁。',
  requestId: 'r0123456789abcdef01234567',
  target: 'resident',
  readAt: null,
  ...extra,
});

beforeEach(() => {
  sent.length = 0;
  refuse = false;
});

test('an answer goes out with the answer template, the request page, thing values of at most 20 characters', async () => {
  const api: SubscribeMessageApi = { send: async (args) => void sent.push(args) };
  const env = { SUBSCRIBE_TMPL_ANSWER: 'tmpl-answer', SUBSCRIBE_TMPL_PROGRESS: 'tmpl-progress' };
  const pusher = createSubscribePusher(api, env);
  await pusher.push(notice(), 'answer');
  await pusher.push(notice({ target: 'work', title: '有新的群众诉求' }), 'assigned');
  expect(sent).toEqual([
    {
      touser: 'o-resident-1',
      templateId: 'tmpl-answer',
      page: 'packages/resident/pages/request/index?id=r0123456789abcdef01234567',
      data: {
        thing1: { value: '您的咨询有了答复' },
        thing2: { value: '法律咨询 · 拖欠工资：您好，被拖欠工…' },
        time3: { value: '2026-11-27 10:05' },
      },
      miniprogramState: 'formal',
    },
    expect.objectContaining({
      templateId: 'tmpl-progress',
      page: 'packages/work/pages/case/index?id=r0123456789abcdef01234567',
    }),
  ]);
  expect([...sent[0].data.thing2.value]).toHaveLength(20);
  expect(thing('短')).toBe('短');
  expect(timeValue(Date.UTC(2026, 0, 1, 16, 0))).toBe('2026-01-02 00:00');
});

test("each template's field keys come from configuration, values shaped by the key's type", async () => {
  const api: SubscribeMessageApi = { send: async (args) => void sent.push(args) };
  const env = {
    SUBSCRIBE_TMPL_ANSWER: 'tmpl-answer',
    SUBSCRIBE_KEYS_ANSWER: 'title:phrase2, body:thing7,time:date4',
    SUBSCRIBE_TMPL_PROGRESS: 'tmpl-progress',
    SUBSCRIBE_KEYS_PROGRESS: 'body:character_string9',
  };
  const pusher = createSubscribePusher(api, env);
  await pusher.push(notice(), 'answer');
  await pusher.push(notice({ target: 'work', body: 'x'.repeat(40) }), 'reminder');
  // phrase: at most 5 characters; thing: 20; date: the day in China time.
  expect(sent[0].data).toEqual({
    phrase2: { value: '您的咨询…' },
    thing7: { value: '法律咨询 · 拖欠工资：您好，被拖欠工…' },
    date4: { value: '2026-11-27' },
  });
  expect(sent[1]).toMatchObject({
    templateId: 'tmpl-progress',
    data: { character_string9: { value: `${'x'.repeat(31)}…` } },
  });
  expect(Object.keys(sent[1].data)).toEqual(['character_string9']);
});

test.each([
  ['an unknown role', 'subject:thing1'],
  ['a key that is no WeChat key', 'title:thing-1'],
  ['a role given twice', 'title:thing1,title:thing2'],
  ['a missing key', 'title:'],
])('malformed keys (%s) stop that template with a log naming the variable; the other still sends', async (_w, raw) => {
  const logged: string[] = [];
  const api: SubscribeMessageApi = { send: async (args) => void sent.push(args) };
  const env = { SUBSCRIBE_TMPL_ANSWER: 'a', SUBSCRIBE_KEYS_ANSWER: raw, SUBSCRIBE_TMPL_PROGRESS: 'p' };
  const pusher = createSubscribePusher(api, env, (_m, err) => logged.push((err as Error).message));
  await pusher.push(notice(), 'answer');
  await pusher.push(notice(), 'progress');
  expect(logged).toEqual([expect.stringContaining('SUBSCRIBE_KEYS_ANSWER')]);
  expect(sent.map((m) => m.templateId)).toEqual(['p']);
  expect(Object.keys(sent[0].data)).toEqual(['thing1', 'thing2', 'time3']);
});

test('a kind without a template id is skipped; a refused send is logged, not thrown', async () => {
  const logged: unknown[] = [];
  const failing: SubscribeMessageApi = {
    send: async () => {
      throw Object.assign(new Error('43101'), { errCode: 43101 });
    },
  };
  const pusher = createSubscribePusher(failing, { SUBSCRIBE_TMPL_ANSWER: 'tmpl-answer' }, (_m, err) =>
    logged.push(err),
  );
  await expect(pusher.push(notice(), 'progress')).resolves.toBeUndefined();
  expect(logged).toHaveLength(0);
  await expect(pusher.push(notice(), 'answer')).resolves.toBeUndefined();
  expect(logged).toHaveLength(1);
});

test('the cloud entry hands handlers the subscribe-message pusher', async () => {
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
  process.env.SUBSCRIBE_TMPL_PROGRESS = 'tmpl-progress';
  const { cloudMain } = await import('~/cloudfunctions/functions/cloud-main');
  const table: RouteTable = {
    ping: {
      schema: v.strictObject({}),
      handle: async (ctx) => {
        await ctx.pusher.push(notice({ recipient: ctx.identity.openid! }), 'progress');
        return { pushed: true };
      },
    },
  };
  // Any function's entry will do; scan's environment (VISITOR_SALT) is set above.
  const main = cloudMain('scan', table);
  expect(await main({ action: 'ping' })).toEqual({ ok: true, data: { pushed: true } });
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ touser: 'o-resident-push', templateId: 'tmpl-progress' });
  // A user who did not subscribe (43101): the action still succeeds.
  refuse = true;
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(await main({ action: 'ping' })).toEqual({ ok: true, data: { pushed: true } });
  expect(spy).toHaveBeenCalled();
  spy.mockRestore();
});

test('every function that sends notices declares the template ids and keys it reads, none required', async () => {
  const { MANIFEST } = await import('~/cloudfunctions/functions/manifest');
  for (const fn of ['resident', 'work', 'cron'] as const) {
    const names = MANIFEST[fn].env.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'SUBSCRIBE_TMPL_ANSWER',
        'SUBSCRIBE_TMPL_PROGRESS',
        'SUBSCRIBE_KEYS_ANSWER',
        'SUBSCRIBE_KEYS_PROGRESS',
      ]),
    );
    expect(MANIFEST[fn].env.filter((e) => e.name.startsWith('SUBSCRIBE_')).every((e) => !e.required)).toBe(true);
  }
});
