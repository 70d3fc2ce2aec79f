/**
 * The content check on a resident's submission, through the deployable `resident` function with WeChat's
 * msgSecCheck (v2) stood in: 'review' — common for 家暴 / 诈骗 / 赌债 — is accepted and flagged 待人工复核 for the
 * handler; 'risky' is refused in Chinese with nothing stored; a check that fails (network, quota) keeps the
 * submission, flagged the same way.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { idCheckChar } from '~/types/idcard';
import { setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import { createStandinDatabase } from '../support/cloudbase-standin';
import { demoDataset } from '../support/local-harness';
import { countyNetwork } from '../support/county-network';
import { loadEntry, secCheckStandin, type SecCheckAnswer } from '../support/wx-sdk-fake';
import { CHECK_OVERLAP_UNITS, checkPieces, screenText, verdictOf } from '~/cloudfunctions/domain/content-check';

/**
 * `pieces` put back together: each after the first must begin with the last CHECK_OVERLAP_UNITS units of the one
 * before (one more when the joint would split an emoji), which are dropped here; what is left must be the text.
 */
function stitched(pieces: string[]): string {
  let text = pieces[0];
  for (const piece of pieces.slice(1)) {
    const overlap = [CHECK_OVERLAP_UNITS, CHECK_OVERLAP_UNITS + 1].find((k) => text.endsWith(piece.slice(0, k)));
    expect(overlap).toBeDefined();
    text += piece.slice(overlap);
  }
  return text;
}
import { loadThroughAdapter } from '../support/cloudbase-ready';

const standin = createStandinDatabase();
// Collections exist only once set up, as on CloudBase; before any other hook loads data.
beforeAll(() => setupDatabase(standin.admin));
let openid = 'o-content-1';
/** What the stand-in answers: a verdict, or a thrown failure as wx-server-sdk throws one (errCode set). */
let answer: SecCheckAnswer = { suggest: 'pass' };
/** When set, the answer by the text asked about (WeChat reads the characters it is sent, no more). */
let answerFor: ((content: string) => SecCheckAnswer) | null = null;
/** Every text WeChat was asked about, as asked. */
const checks: Record<string, unknown>[] = [];
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => openid,
    openapi: {
      security: {
        msgSecCheck: require('../support/wx-sdk-fake').secCheckStandin(
          (content: string) => (answerFor ? answerFor(content) : answer),
          checks,
        ),
      },
    },
  }),
);

type Reply = { ok: boolean; data?: { id: string; created: boolean }; error?: { code: string; message: string } };
let resident: (event: Record<string, unknown>) => Promise<Reply>;
let postId: string;
const ID17 = '22080219900101123';

beforeAll(async () => {
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
  process.env.DATA_KEY = randomBytes(32).toString('base64');
  const data = demoDataset();
  await loadThroughAdapter(standin, countyNetwork('220802', { volunteers: [], users: [] }));
  postId = data.posts.find((p) => p.countyCode === '220802' && p.status === 'active')!.id;
  resident = await loadEntry('resident');
});

const SUBMISSIONS: Record<string, () => Record<string, unknown>> = {
  ask: () => ({
    action: 'ask',
    postId,
    clientId: randomUUID(),
    category: 'family',
    text: '丈夫喝酒后经常打我，还拿走我的工资去还赌债，我该怎么办？',
  }),
  requestMediation: () => ({
    action: 'requestMediation',
    postId,
    clientId: randomUUID(),
    disputeType: 'neighbour',
    applicantName: '李春花',
    phone: '13912345678',
    otherParty: '邻居王某',
    account: '邻居说我欠他赌债，天天上门威胁，还说要把我家的房子占了。',
    preferredTime: 'weekend',
  }),
  applyAid: () => ({
    action: 'applyAid',
    postId,
    clientId: randomUUID(),
    matter: 'support',
    exemption: 'none',
    name: '孙桂兰',
    idNumber: ID17 + idCheckChar(ID17),
    phone: '13698765432',
    address: '白城市洮北区平安镇平安村',
    stage: 'negotiating',
    facts: '被人以投资为名诈骗了三万元养老钱，儿子也不给赡养费，我今年七十二岁，没有收入来源。',
    monthlyIncome: 300,
    householdSize: 1,
    pledge: true,
  }),
};

function stored(id: string): { payload: Record<string, unknown> } | undefined {
  return (standin.dump('requests') as { _id: string; payload: Record<string, unknown> }[]).find((r) => r._id === id);
}

let n = 0;
beforeEach(() => {
  // A new resident per case: the hourly cap of one resident is not what these tests are about.
  openid = `o-content-${++n}`;
  answer = { suggest: 'pass' };
  answerFor = null;
});

test('a phrase WeChat refuses, spread with combining marks, is refused: the text is also asked without them', async () => {
  answerFor = (content) => ({ suggest: content.includes('加微信') ? 'risky' : 'pass' });
  const body = { ...SUBMISSIONS.ask(), text: '老板欠工资不给，加\u0301微\u20dd信私聊有偿代讨' };
  const asked = checks.length;
  const res = await resident(body);
  expect(res.ok).toBe(false);
  expect(res.error?.code).toBe('CONTENT_REJECTED');
  // Asked twice: the text as written, then without the characters that show nothing.
  expect(checks.slice(asked).map((c) => (c.content as string).includes('加微信'))).toEqual([false, true]);
  // An ordinary text is asked once.
  const plain = checks.length;
  expect((await resident(SUBMISSIONS.ask())).ok).toBe(true);
  expect(checks.length - plain).toBe(1);
  // So is a form of several fields, joined with line breaks: those show, and are not dropped.
  const fields = checks.length;
  expect((await resident(SUBMISSIONS.requestMediation())).ok).toBe(true);
  expect(checks.length - fields).toBe(1);
  expect(checks[checks.length - 1].content as string).toContain('\n');
});

describe.each(Object.keys(SUBMISSIONS))('resident.%s', (action) => {
  test("'pass' is stored without a flag", async () => {
    const res = await resident(SUBMISSIONS[action]());
    expect(res.ok).toBe(true);
    expect(stored(res.data!.id)!.payload.contentReview).toBeUndefined();
  });

  test("'review' is accepted and flagged for a person (待人工复核)", async () => {
    answer = { suggest: 'review' };
    const res = await resident(SUBMISSIONS[action]());
    expect(res).toMatchObject({ ok: true, data: { created: true } });
    expect(stored(res.data!.id)!.payload.contentReview).toBe('review');
  });

  test("'risky' is refused with a Chinese message and nothing is stored", async () => {
    answer = { suggest: 'risky' };
    const before = standin.dump('requests').length;
    const res = await resident(SUBMISSIONS[action]());
    expect(res.ok).toBe(false);
    expect(res.error).toEqual({
      code: 'CONTENT_REJECTED',
      message:
        '内容含有辱骂、威胁或广告等不适宜的信息，请删去这些字词后再提交；如实讲述遇到的事（如被骗、被打的经过）不受影响',
    });
    expect(standin.dump('requests')).toHaveLength(before);
  });

  test.each([
    ['quota', 45009],
    ['network', -501000],
  ])('a failed check (%s) keeps the submission, flagged for review', async (_why, code) => {
    answer = { fail: code };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const res = await resident(SUBMISSIONS[action]());
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(String(code)));
    warn.mockRestore();
    expect(res).toMatchObject({ ok: true, data: { created: true } });
    expect(stored(res.data!.id)!.payload.contentReview).toBe('checkFailed');
  });
});

test('an unknown suggest from WeChat is left to a person, not refused', async () => {
  answer = { suggest: 'something-new' };
  const res = await resident(SUBMISSIONS.ask());
  expect(res.ok).toBe(true);
  expect(stored(res.data!.id)!.payload.contentReview).toBe('review');
});

test("the handler's inbox row and case say 待人工复核 for a flagged request only", async () => {
  const { toItem } = await import('~/cloudfunctions/domain/work/inbox');
  const { workRequest } = await import('./store-contract-work');
  const names = { post: new Map<string, string>(), village: new Map<string, string>() };
  const flagged = (v: string | undefined) =>
    toItem(workRequest(1, { payload: { text: '赌债', ...(v ? { contentReview: v } : {}) } }), names, 0).needsReview;
  expect(flagged('review')).toBe(true);
  expect(flagged('checkFailed')).toBe(true);
  expect(flagged(undefined)).toBe(false);
  expect(flagged('something-else')).toBe(false);
});

describe('texts longer than msgSecCheck takes (2,500 characters)', () => {
  const wechat = (log: Record<string, unknown>[], verdicts: string[]) => {
    let i = 0;
    const call = secCheckStandin(() => ({ suggest: verdicts[Math.min(i++, verdicts.length - 1)] }), log);
    return {
      check: async (content: string, who: string) =>
        verdictOf((await call({ version: 2, openid: who, scene: 1, content })).result.suggest),
    };
  };
  const long = ('我家承包的地被村里收回，' + '说是要修路，但一直没有补偿，'.repeat(20) + '\n').repeat(20);

  test('WeChat (stood in) refuses an over-long text, so it would only ever be flagged', async () => {
    expect(long.length).toBeGreaterThan(5000);
    await expect(
      secCheckStandin(() => ({ suggest: 'pass' }))({ version: 2, openid: 'o', scene: 1, content: long }),
    ).rejects.toMatchObject({ errCode: 47001 });
  });

  test('is checked in pieces within the limit, cut at line ends, each repeating the end of the one before', async () => {
    const log: Record<string, unknown>[] = [];
    expect(await screenText(wechat(log, ['pass']), long, 'o-long', '不行')).toBe('pass');
    const pieces = log.map((r) => r.content as string);
    expect(pieces.length).toBe(3);
    expect(stitched(pieces)).toBe(long);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(2500);
      expect(p.endsWith('\n')).toBe(true);
    }
  });

  test('a risky piece anywhere refuses the whole text; a review piece flags it', async () => {
    await expect(screenText(wechat([], ['pass', 'risky', 'pass']), long, 'o-long', '不行')).rejects.toMatchObject({
      code: 'CONTENT_REJECTED',
    });
    expect(await screenText(wechat([], ['pass', 'pass', 'review']), long, 'o-long', '不行')).toBe('review');
  });

  test('a phrase cut at a joint with no break near it is whole in the next piece', async () => {
    // 2,494 units of astral characters (no break anywhere), then the phrase across the 2,500th unit.
    const text = '𠀀'.repeat(1247) + '王八蛋王八蛋王八蛋' + '𠀀'.repeat(1000);
    const pieces = checkPieces(text);
    expect(pieces[0].endsWith('王八蛋王八蛋')).toBe(true);
    expect(pieces.some((p) => p.includes('王八蛋王八蛋王八蛋'))).toBe(true);
    const log: Record<string, unknown>[] = [];
    const seen = {
      async check(content: string, openid: string) {
        log.push({ content, openid });
        return content.includes('王八蛋王八蛋王八蛋') ? ('risky' as const) : ('pass' as const);
      },
    };
    await expect(screenText(seen, text, 'o-long', '不行')).rejects.toMatchObject({ code: 'CONTENT_REJECTED' });
  });

  test('a text with no break is cut at the limit, never inside an emoji', () => {
    // One letter first, so that the 2,500th unit is the first half of an emoji.
    const emoji = 'a' + '😀'.repeat(3000);
    const pieces = checkPieces(emoji);
    expect(stitched(pieces)).toBe(emoji);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(2500);
      // No lone half of a surrogate pair at either end.
      expect(p).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  });
});
