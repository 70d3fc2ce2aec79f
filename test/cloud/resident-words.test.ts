/**
 * What a resident may write, over the local runtime with its own word list: a fraud or gambling victim tells what
 * happened in their own words and it reaches a person (flagged 待人工复核), abuse is refused with what to change,
 * text that says nothing (emoji, symbols, one character over and over) is refused with a message, on the server
 * too. List rows (我的诉求, a worker's inbox) show the start of what was written; 全部 lists open work first.
 */
import { Client as Browser } from '../support/local-harness';
import { aidBody, loginAs, questionBody, refused, submit } from './work-fixture';
import { withHarness } from './harness-world';

const w = withHarness();

const count = () => (w.h.store.db.prepare('SELECT COUNT(*) n FROM requests').get() as { n: number }).n;

test.each([
  ['刷单返利', '我在网上做刷单返利的兼职，先垫付了两万块钱，现在对方不退钱也联系不上了，怎么办？'],
  ['网络赌博', '我丈夫网络赌博欠了十几万，催债的人天天打电话骚扰我们家，我该怎么办？'],
  ['裸聊', '有人用裸聊视频敲诈我，要我转账五千元，不转就发给我的亲友，我该报警吗？'],
])('a victim who writes %s is heard: accepted and flagged for a person to read', async (_w, text) => {
  const resident = new Browser(w.h.url);
  const id = await submit(resident, questionBody(w.at.post.id, { category: 'other', text }));
  expect((await w.h.store.requests.byId(id))!.payload.contentReview).toBe('review');
  const volunteer = await loginAs(w.h, 'demo-volunteer');
  const inbox = await volunteer.call('work', { action: 'inbox' });
  const row = inbox.json.data.items.find((i: { id: string }) => i.id === id);
  expect(row).toMatchObject({ needsReview: true });
});

test('abuse is refused with what to change, and nothing is stored', async () => {
  const before = count();
  await refused(
    new Browser(w.h.url),
    'resident',
    questionBody(w.at.post.id, { text: '你们这帮王八蛋到底管不管我的事' }),
    400,
    'CONTENT_REJECTED',
    /辱骂、威胁或广告.*请删去这些字词后再提交/,
  );
  expect(count()).toBe(before);
});

test.each([
  ['emoji only', '😭😭😭😭😭😭', /问题描述不能只有表情或符号/],
  ['symbols only', '？？？？？？！！', /问题描述不能只有表情或符号/],
  ['a laugh over and over', '哈哈哈哈哈哈哈哈', /问题描述请用文字写清楚具体情况/],
  ['two words and emoji', '救命😭😭😭😭', /问题描述至少5个字（表情和符号不算）/],
])('a question of %s is refused by the server with a message', async (_n, text, message) => {
  const before = count();
  await refused(new Browser(w.h.url), 'resident', questionBody(w.at.post.id, { text }), 400, 'INVALID_INPUT', message);
  expect(count()).toBe(before);
});

test('aid facts of emoji only are refused too (every free-text field)', async () => {
  await refused(
    new Browser(w.h.url),
    'resident',
    aidBody(w.at.post.id, { facts: '😭'.repeat(30) }),
    400,
    'INVALID_INPUT',
    /案件事实不能只有表情或符号/,
  );
});

test('我的诉求 and the inbox show the start of the question; 全部 lists open work first by due time', async () => {
  const resident = new Browser(w.h.url);
  const long =
    '去年秋天我在村东头的工地干了三个月的瓦工活，包工头说年底一起结账，到现在已经过了半年还没给钱，人也找不到了。';
  const id = await submit(resident, questionBody(w.at.post.id, { text: long }));
  const mine = await resident.call('resident', { action: 'myRequests' });
  const row = mine.json.data.requests.find((r: { id: string }) => r.id === id);
  expect(row.excerpt).toBe(`${[...long].slice(0, 40).join('')}…`);

  const volunteer = await loginAs(w.h, 'demo-volunteer');
  const todo = (await volunteer.call('work', { action: 'inbox' })).json.data.items;
  expect(todo.find((i: { id: string }) => i.id === id).excerpt).toBe(row.excerpt);

  // Finish one, so 全部 holds both kinds of row.
  const other = await submit(resident, questionBody(w.at.post.id));
  const d = (await volunteer.call('work', { action: 'detail', id: other })).json.data;
  const closed = await volunteer.call('work', { action: 'close', id: other, version: d.version, note: '已电话答复' });
  expect(closed.json.ok).toBe(true);
  const all = (await volunteer.call('work', { action: 'inbox', box: 'all' })).json.data.items as {
    id: string;
    status: string;
    dueAt: number;
  }[];
  const open = ['pending', 'submitted', 'accepted', 'investigating', 'mediating', 'agreed', 'failed', 'reviewing'];
  const firstDone = all.findIndex((i) => !open.includes(i.status));
  expect(firstDone).toBeGreaterThan(0);
  expect(all.slice(firstDone).every((i) => !open.includes(i.status))).toBe(true);
  const dues = all.slice(0, firstDone).map((i) => i.dueAt);
  expect(dues).toEqual([...dues].sort((a, b) => a - b));
  expect(all.map((i) => i.id)).toContain(other);
  // The default view holds no finished case.
  expect(todo.every((i: { status: string }) => open.includes(i.status))).toBe(true);
});
