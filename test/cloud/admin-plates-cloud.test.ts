/**
 * The production plate maker against a stand-in of the wx-server-sdk calls it makes (wxacode.getUnlimited,
 * uploadFile, getTempFileURL): a code is made and stored once per post, later sheets only ask for temporary URLs (at
 * most 50 a call), a deleted image is made again, and a post whose code fails gets an empty image without failing
 * the sheet. The memo of the storage prefix is the real SQLite store's meta table.
 */
import { openSqliteStore, type SqliteStore } from '~/cloudfunctions/store/sqlite';
import { MANIFEST } from '~/cloudfunctions/functions/manifest';
import {
  createCloudPlateMaker,
  plateEnvVersion,
  TEMP_URL_BATCH,
  type PlateSdk,
} from '~/cloudfunctions/functions/plates';

const PREFIX = 'cloud://prod-8g1x.7072-prod-8g1x-1320000000/';

/** Cloud storage and the mini-program code API, as the SDK answers them. */
function standinSdk() {
  const files = new Map<string, Buffer>();
  const calls = { codes: [] as Parameters<PlateSdk['getUnlimited']>[0][], tempBatches: [] as number[] };
  const failing = new Set<string>();
  const sdk: PlateSdk = {
    async getUnlimited(args) {
      calls.codes.push(args);
      if (failing.has(args.scene)) return { errCode: 45009, errMsg: 'reach max api daily quota limit' };
      return { errCode: 0, buffer: Buffer.from(`PNG:${args.scene}`) };
    },
    async uploadFile({ cloudPath, fileContent }) {
      files.set(cloudPath, fileContent);
      return { fileID: PREFIX + cloudPath };
    },
    async getTempFileURL({ fileList }) {
      if (fileList.length > TEMP_URL_BATCH) throw new Error('getTempFileURL: too many files');
      calls.tempBatches.push(fileList.length);
      return {
        fileList: fileList.map(({ fileID }) => {
          const path = fileID.startsWith(PREFIX) ? fileID.slice(PREFIX.length) : '';
          return files.has(path)
            ? { fileID, tempFileURL: `https://7072-prod.tcb.qcloud.la/${path}?sign=x`, status: 0 }
            : { fileID, tempFileURL: '', status: -503003, errMsg: 'STORAGE_FILE_NONEXIST' };
        }),
      };
    },
  };
  return { sdk, files, calls, failing };
}

let store: SqliteStore;
beforeEach(() => {
  store = openSqliteStore(':memory:');
});
afterEach(() => store.close());

const ids = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `p2208020010010${String(i + from).padStart(2, '0')}`);

test('the first sheet makes and stores each code once; the next only asks for temporary URLs', async () => {
  const s = standinSdk();
  const maker = createCloudPlateMaker(s.sdk, store.meta, () => undefined);
  const first = await maker.imageUrls(ids(120));
  expect(s.calls.codes).toHaveLength(120);
  expect(s.calls.codes[0]).toEqual({
    scene: ids(1)[0],
    page: 'pages/post/index',
    checkPath: false,
    envVersion: 'release',
  });
  expect([...s.files.keys()].sort()).toEqual(
    ids(120)
      .map((id) => `plates/release/${id}.png`)
      .sort(),
  );
  expect([...first.values()].every((url) => url.startsWith('https://'))).toBe(true);
  expect(Math.max(...s.calls.tempBatches)).toBeLessThanOrEqual(TEMP_URL_BATCH);

  s.calls.codes.length = 0;
  const second = await maker.imageUrls([...ids(120), ...ids(5, 200)]);
  expect(s.calls.codes.map((c) => c.scene)).toEqual(ids(5, 200));
  expect(second.get(ids(1)[0])).toBe(first.get(ids(1)[0]));
  expect(second.size).toBe(125);
});

test('a cold container knows the storage from the meta table; a deleted image is made again', async () => {
  const s = standinSdk();
  await createCloudPlateMaker(s.sdk, store.meta, () => undefined).imageUrls(ids(3));
  s.files.delete(`plates/release/${ids(3)[1]}.png`);
  s.calls.codes.length = 0;
  const cold = createCloudPlateMaker(s.sdk, store.meta, () => undefined);
  const urls = await cold.imageUrls(ids(3));
  expect(s.calls.codes.map((c) => c.scene)).toEqual([ids(3)[1]]);
  expect([...urls.values()].every((url) => url.startsWith('https://'))).toBe(true);
  expect(cold.link('p22080200100101')).toBe('pages/post/index?scene=p22080200100101');
});

test('a code that cannot be made leaves that plate without an image, logs it, and the sheet still comes', async () => {
  const s = standinSdk();
  const logged: string[] = [];
  const maker = createCloudPlateMaker(s.sdk, store.meta, (msg) => logged.push(msg));
  s.failing.add(ids(4)[2]);
  const urls = await maker.imageUrls(ids(4));
  expect(urls.get(ids(4)[2])).toBe('');
  expect([0, 1, 3].every((i) => urls.get(ids(4)[i])!.startsWith('https://'))).toBe(true);
  expect(logged).toEqual([`[plates] the code of ${ids(4)[2]} was not made`]);
  // Uploads that throw are contained as well.
  s.sdk.uploadFile = async () => {
    throw new Error('uploadFile:fail');
  };
  const next = await maker.imageUrls(ids(1, 50));
  expect(next.get(ids(1, 50)[0])).toBe('');
});

test('a trial build makes trial codes under plates/trial/ and never serves the release image of the same post', async () => {
  const s = standinSdk();
  await createCloudPlateMaker(s.sdk, store.meta, () => undefined, 'release').imageUrls(ids(2));
  s.calls.codes.length = 0;
  const trial = createCloudPlateMaker(s.sdk, store.meta, () => undefined, plateEnvVersion('trial'));
  const urls = await trial.imageUrls(ids(2));
  expect(s.calls.codes.map((c) => [c.scene, c.envVersion])).toEqual(ids(2).map((id) => [id, 'trial']));
  expect([...urls.values()].every((url) => url.includes('/plates/trial/'))).toBe(true);
  expect([...s.files.keys()].filter((p) => p.startsWith('plates/trial/'))).toHaveLength(2);
});

test('PLATE_ENV_VERSION: unset is release, the three versions pass, anything else stops plate work', async () => {
  expect([undefined, '', 'release', 'trial', 'develop'].map(plateEnvVersion)).toEqual([
    'release',
    'release',
    'release',
    'trial',
    'develop',
  ]);
  expect(plateEnvVersion('Trial')).toBeNull();
  const s = standinSdk();
  const broken = createCloudPlateMaker(s.sdk, store.meta, () => undefined, plateEnvVersion('beta'));
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await expect(broken.imageUrls(ids(1))).rejects.toMatchObject({ code: 'INTERNAL' });
  spy.mockRestore();
  expect(s.calls.codes).toHaveLength(0);
  expect(MANIFEST.admin.env).toContainEqual({ name: 'PLATE_ENV_VERSION', required: false, secret: false });
});
