/**
 * The admin cloud entry hands its handlers the production plate maker: a plate sheet asked through the entry
 * carries wxacode images from cloud storage and the landing page path with its scene. wx-server-sdk is stood in.
 */
import type { StandinDatabase } from '../support/cloudbase-standin';
import { createReadyStandin, loadThroughAdapter } from '../support/cloudbase-ready';
import { demoDataset } from '../support/local-harness';
import { loadEntry } from '../support/wx-sdk-fake';

let standin: StandinDatabase;
const stored = new Map<string, Buffer>();
const codes: string[] = [];
jest.mock('wx-server-sdk', () => ({
  ...require('../support/wx-sdk-fake').fakeWxSdk({
    db: () => standin,
    openid: () => 'demo-county-admin',
    openapi: {
      wxacode: {
        getUnlimited: async (args: { scene: string }) => {
          codes.push(args.scene);
          return { errCode: 0, contentType: 'image/png', buffer: Buffer.from(`PNG:${args.scene}`) };
        },
      },
    },
  }),
  uploadFile: async ({ cloudPath, fileContent }: { cloudPath: string; fileContent: Buffer }) => {
    stored.set(cloudPath, fileContent);
    return { fileID: `cloud://env-1.bucket-1/${cloudPath}`, statusCode: 200 };
  },
  getTempFileURL: async ({ fileList }: { fileList: { fileID: string }[] }) => ({
    fileList: fileList.map(({ fileID }) => {
      const path = fileID.replace('cloud://env-1.bucket-1/', '');
      return stored.has(path)
        ? { fileID, tempFileURL: `https://tmp.example/${path}`, status: 0, maxAge: 86400, errMsg: 'ok' }
        : { fileID, tempFileURL: '', status: -1, maxAge: 0, errMsg: 'STORAGE_FILE_NONEXIST' };
    }),
  }),
}));

test('admin.plates through the cloud entry: images from cloud storage, links to the landing page scene', async () => {
  standin = await createReadyStandin();
  process.env.VISITOR_SALT = 'test-salt-of-at-least-thirty-two-characters';
  const data = demoDataset();
  const township = data.users.find((u) => u.openid === 'demo-township-admin')!.regionCode;
  await loadThroughAdapter(standin, {
    regions: data.regions.filter((r) => r.code.startsWith('220802') || r.code === '220800'),
    posts: data.posts.filter((p) => p.townshipCode === township),
    services: [],
    volunteers: [],
    users: data.users,
  });
  const admin = await loadEntry('admin');
  const ids = data.posts
    .filter((p) => p.townshipCode === township && p.status === 'active')
    .map((p) => p.id)
    .sort()
    .slice(0, 3);
  const res = await admin({ action: 'plates', postIds: ids });
  expect(res.ok).toBe(true);
  expect(codes).toEqual(ids);
  expect(res.data.plates.map((p: { imageUrl: string; link: string }) => [p.imageUrl, p.link])).toEqual(
    ids.map((id) => [`https://tmp.example/plates/release/${id}.png`, `pages/post/index?scene=${id}`]),
  );
});
