/**
 * Evidence uploads as the deployed functions run them, over the CloudBase stand-ins (database and storage): the
 * `resident` entry issues a slot, the app uploads there as the caller (wx.cloud.uploadFile), applyAid reads the file
 * back and accepts it; the `cron` entry's timer deletes, a day later, the upload nobody submitted.
 */
import { randomBytes } from 'node:crypto';
import type { StandinDatabase } from '../support/cloudbase-standin';
import { createReadyStandin, loadThroughAdapter } from '../support/cloudbase-ready';
import { countyNetwork } from '../support/county-network';
import { JPEG } from '../support/evidence-storage-standin';
import { aidBody } from '../support/request-bodies';
import { createStorageStandin, STANDIN_PREFIX } from '../support/storage-standin';
import { loadEntry, type EntryMain } from '../support/wx-sdk-fake';
import { post } from './photo-fixture';

let standin: StandinDatabase;
let openid = '';
const storage = createStorageStandin();
jest.mock('wx-server-sdk', () =>
  require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => openid,
    storage: () => storage.sdk,
    openapi: {
      security: { msgSecCheck: require('../support/wx-sdk-fake').secCheckStandin(() => ({ suggest: 'pass' })) },
      subscribeMessage: { send: jest.fn() },
    },
  }),
);

const DAY = 24 * 3_600_000;
let resident: EntryMain;
let cron: EntryMain;

beforeAll(async () => {
  standin = await createReadyStandin();
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
  process.env.DATA_KEY = randomBytes(32).toString('base64');
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  await loadThroughAdapter(standin, countyNetwork('220802', { volunteers: [], users: [] }));
  resident = await loadEntry('resident');
  cron = await loadEntry('cron');
});
afterEach(() => jest.restoreAllMocks());

/** The app: a slot, then the upload as the caller. */
async function appUpload(bytes: Buffer): Promise<string> {
  const slot = await resident({ action: 'photoSlot' });
  expect(slot.ok).toBe(true);
  return storage.clientUpload(openid, slot.data.cloudPath, bytes);
}

test('a slot, the upload, the submission; the upload never submitted is gone a day later', async () => {
  openid = 'o-entry-resident';
  const sent = await appUpload(JPEG);
  const loose = await appUpload(JPEG);
  expect(sent.startsWith(STANDIN_PREFIX)).toBe(true);
  const { action, ...fields } = aidBody(post.id, { photos: [sent] });
  const res = await resident({ action, ...fields });
  expect(res).toMatchObject({ ok: true, data: { created: true } });
  expect(storage.calls.download).toBe(1);
  // The function's probe of its bucket's prefix is not left in storage.
  expect([...storage.files.keys()].every((p) => p.startsWith('aid/') && p.split('/').length === 3)).toBe(true);

  openid = '';
  const now = Date.now();
  jest.spyOn(Date, 'now').mockReturnValue(now + DAY + 60_000);
  const tick = await cron({ Type: 'Timer', TriggerName: 'promiseTimer' });
  expect(tick).toMatchObject({ ok: true, data: { photosSwept: 1 } });
  const paths = [...storage.files.keys()].map((p) => STANDIN_PREFIX + p);
  expect(paths).toContain(sent);
  expect(paths).not.toContain(loose);
});

test('a file that is no image is refused by the deployed function and deleted', async () => {
  openid = 'o-entry-other';
  const bad = await appUpload(Buffer.from('<html>not a photo</html>'));
  const { action, ...fields } = aidBody(post.id, { photos: [bad] });
  const res = await resident({ action, ...fields });
  expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '只能上传 JPG 或 PNG 图片' } });
  expect(storage.files.has(bad.slice(STANDIN_PREFIX.length))).toBe(false);
});
