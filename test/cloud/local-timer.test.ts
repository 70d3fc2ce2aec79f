/**
 * The promise timer on demand in the local runtime: POST /dev/cron runs the tick (as if `hoursLater` hours had
 * passed), refuses a bad `hoursLater` with a Chinese message, and does not exist when demo mode is off.
 */
import { Client, startHarness, type Harness } from '../support/local-harness';
import { places, questionBody, submit } from './work-fixture';

let h: Harness;
let off: Harness;
beforeAll(async () => {
  h = await startHarness();
  off = await startHarness(false);
});
afterAll(async () => {
  await h.close();
  await off.close();
});

const cron = (base: string, body: unknown) =>
  fetch(`${base}/dev/cron`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

test('run now it finds nothing due; 25 hours later it hands the question over', async () => {
  const id = await submit(new Client(h.url), questionBody(places().post.id));
  const now = await cron(h.url, {});
  expect(now.status).toBe(200);
  expect((await now.json()).data).toMatchObject({ reminded: 0, handedOver: 0 });
  const later = await (await cron(h.url, { hoursLater: 25 })).json();
  expect(later.data).toMatchObject({ handedOver: 1 });
  const rec = (await h.store.requests.byId(id))!;
  expect(rec.assignee).toMatch(/^svc-/);
  expect(rec.timeline.at(-1)!.note).toMatch(/自动转交/);
});

test.each([[{ hoursLater: -1 }], [{ hoursLater: 'soon' }], [{ hoursLater: 100000 }]])(
  'a bad hoursLater %j is a 400 with a Chinese message',
  async (body) => {
    const res = await cron(h.url, body);
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/hoursLater 应为/);
  },
);

test('a body that is not JSON is a 400', async () => {
  expect((await cron(h.url, '{oops')).status).toBe(400);
});

test('with demo mode off there is no /dev/cron', async () => {
  expect((await cron(off.url, {})).status).toBe(404);
});
