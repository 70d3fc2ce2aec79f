/**
 * admin.checkImport over the strict CloudBase stand-in (20 ms a database call): a file naming one village and a
 * file naming forty villages of several townships make the same number of database round trips, because the
 * villages are read in one query and their posts in one bounded read of the region they share. The report still
 * finds a row that repeats a stored post and a row whose id another post holds.
 */
import type { Region } from '~/types/domain';
import { buildWorld, invoke, type CloudWorld } from '../support/cloud-world';
import { demoDataset } from '../support/local-harness';
import { csvText, postsIn, scopeOf, villagesIn } from './admin-posts-fixture';

jest.setTimeout(180_000);

const ADMIN = 'demo-county-admin';
const COUNTY = scopeOf(ADMIN);
let world: CloudWorld;

beforeAll(async () => {
  world = await buildWorld(demoDataset(), 0, Date.UTC(2026, 10, 20, 2));
});

const row = (v: Region, k: number) => ({
  岗位名称: `导入测试岗${k}`,
  地址: '村委会',
  村代码: v.code,
  纬度: v.lat + 0.001,
  经度: v.lng,
});

/** Uploads a file as the app does (to the path importUpload gives) and checks it; the check's cost and report. */
async function check(text: string) {
  // Each check the first call of its minute: a rate window's first call makes it (one call), a later one counts it
  // in place (two), which is not what this test compares.
  world.now += 60_000;
  const upload = await invoke(world, 'admin', ADMIN, { action: 'importUpload' });
  const path = (upload.result as { data: { cloudPath: string } }).data.cloudPath;
  const fileId = world.storage.clientUpload(ADMIN, path, Buffer.from(`\ufeff${text}`, 'utf8'));
  const res = await invoke(world, 'admin', ADMIN, { action: 'checkImport', fileId });
  expect(res.result.ok).toBe(true);
  return { trips: res.roundTrips, report: (res.result as { data: Record<string, unknown> }).data };
}

test('one village or forty of several townships: the same round trips, and every stored post still found', async () => {
  const villages = villagesIn(COUNTY);
  const forty = Array.from({ length: 40 }, (_, k) => villages[Math.floor((k * villages.length) / 40)]);
  expect(new Set(forty.map((v) => v.parentCode)).size).toBeGreaterThan(5);

  const one = await check(csvText([row(villages[0], 0)]));
  const many = await check(csvText(forty.map(row)));
  expect(many.report).toMatchObject({ total: 40, good: 40, bad: 0 });
  expect(many.trips).toBe(one.trips);

  // A row equal to a stored post is unchanged; a row naming a stored id with other content is refused.
  const [stored, other] = postsIn(forty[7].code);
  expect(other).toBeDefined();
  const same = { 岗位编号: stored.id, 岗位名称: stored.name, 地址: stored.address, 村代码: stored.villageCode };
  const again = await check(
    csvText([
      { ...same, 纬度: stored.lat, 经度: stored.lng },
      { ...row(forty[7], 99), 岗位编号: other.id },
      ...forty.slice(0, 20).map(row),
    ]),
  );
  expect(again.report).toMatchObject({ total: 22, unchanged: 1, bad: 1 });
  expect(again.trips).toBe(one.trips);
});
