/**
 * The network into the cloud: SQLite seeded with the demo network → CloudBase import files → a stand-in set up by
 * setupDatabase and loaded as CloudBase's import would → read back through the cloudbase store: every region, post,
 * service point, volunteer, bound user and setting equal to what the SQLite store answers. Plus the import format
 * itself (CloudBase's documented `$date` and GeoJSON encodings, a malformed line refused) and a load into an
 * environment with no setup refused clearly.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROMISE_KEY } from '~/cloudfunctions/domain/settings';
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { decodeFile } from '~/cloudfunctions/store/cloudbase/import-format';
import { setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import type { Store } from '~/cloudfunctions/store/port';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import { networkWithCsv } from '~/scripts/deploy/network-csv';
import { writeNetworkFiles } from '~/scripts/deploy/network-files';
import { networkFromSqlite, withoutDemoUsers } from '~/scripts/deploy/network-sources';
import { seedDatabase } from '~/scripts/seed';
import { parseExportArgs } from '~/scripts/export-cloud';
import { createStandinDatabase } from '../support/cloudbase-standin';
import { importIntoStandin } from '../support/cloudbase-import-standin';
import { demoDataset } from '../support/local-harness';

let tmp: string;
let dbFile: string;
let filesDir: string;
const REAL_ADMIN = {
  openid: 'o-real-city-admin',
  role: 'admin' as const,
  regionCode: '220800',
  label: '市司法局 李华',
  volunteerId: null,
  serviceId: null,
};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pp-network-'));
  dbFile = join(tmp, 'pioneer.db');
  await seedDatabase(dbFile, { dataset: demoDataset(), scans: 0 });
  const store = openSqliteStore(dbFile);
  await store.meta.set(PROMISE_KEY, '36');
  await store.users.put(REAL_ADMIN);
  await store.close();
  filesDir = join(tmp, 'files');
  writeNetworkFiles(filesDir, withoutDemoUsers(networkFromSqlite(dbFile)));
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const byId =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/** The whole network as a store answers it, in a stable order. */
async function network(store: Store) {
  const regions = (
    await Promise.all((['city', 'county', 'township', 'village'] as const).map((l) => store.regions.byLevel(l)))
  ).flat();
  return {
    regions: regions.sort(byId((r) => r.code)),
    posts: (await store.posts.page(null, 100_000)).sort(byId((p) => p.id)),
    services: (await store.services.inRegion('', 100_000)).sort(byId((s) => s.id)),
    volunteers: (await store.volunteers.inRegion('', null, 100_000)).sort(byId((v) => v.id)),
    users: (await store.users.list(10_000)).sort(byId((u) => u.openid)),
    promise: await store.meta.get(PROMISE_KEY),
  };
}

test('SQLite → import files → CloudBase (stand-in) → the same network, field for field', async () => {
  const standin = createStandinDatabase();
  await setupDatabase(standin.admin);
  await importIntoStandin(standin, filesDir);
  const sqlite = openSqliteStore(dbFile);
  const expected = await network(sqlite);
  await sqlite.close();
  const actual = await network(createCloudbaseStore(standin));
  // Demo identities stay behind; the real admin goes along.
  expect(expected.users.map((u) => u.openid)).toContain('demo-admin');
  expect(actual.users).toEqual([REAL_ADMIN]);
  const data = demoDataset();
  expect(actual.regions).toHaveLength(data.regions.length);
  expect(actual.posts).toHaveLength(data.posts.length);
  expect(actual.services).toHaveLength(data.services.length);
  expect(actual.volunteers).toHaveLength(data.volunteers.length);
  expect(actual.regions).toEqual(expected.regions);
  expect(actual.posts).toEqual(expected.posts);
  expect(actual.services).toEqual(expected.services);
  expect(actual.volunteers).toEqual(expected.volunteers);
  expect(actual.promise).toBe('36');
}, 120_000);

test('posts keep their geo point (2dsphere) and the grid cell the nearest-post query reads', async () => {
  const standin = createStandinDatabase();
  await setupDatabase(standin.admin);
  await importIntoStandin(standin, filesDir);
  const post = demoDataset().posts.find((p) => p.status === 'active')!;
  const doc = standin.dump('posts').find((d) => d._id === post.id)!;
  expect(doc.location).toEqual(expect.objectContaining({ longitude: post.lng, latitude: post.lat }));
  const near = await createCloudbaseStore(standin).posts.near({ lat: post.lat, lng: post.lng }, 1);
  expect(near[0].post.id).toBe(post.id);
}, 120_000);

test('no secret of the local runtime leaves in the files', () => {
  const meta = readFileSync(join(filesDir, 'meta.json'), 'utf8');
  expect(meta.trim().split('\n')).toEqual([JSON.stringify({ _id: PROMISE_KEY, value: '36' })]);
  expect(meta).not.toMatch(/salt|secret|data_key/);
});

test('an import into an environment with no setup fails clearly, writing nothing', async () => {
  const standin = createStandinDatabase();
  await expect(importIntoStandin(standin, filesDir)).rejects.toThrow(
    /collection regions does not exist; run the database setup first/,
  );
  expect(standin.names()).toEqual([]);
});

test("CloudBase's documented encodings decode: $date to a Date, a GeoJSON point to a geo point", () => {
  const standin = createStandinDatabase();
  const text =
    '{"_id":"a","at":{"$date":"2018-08-31T17:30:00.882Z"},"location":{"type":"Point","coordinates":[122.83,45.62]}}\n';
  const [doc] = decodeFile(text, 'x.json', standin.Geo);
  expect(doc.at).toEqual(new Date('2018-08-31T17:30:00.882Z'));
  expect(doc.location).toEqual(expect.objectContaining({ longitude: 122.83, latitude: 45.62 }));
});

test('a malformed file is refused by line: broken JSON, no _id, a repeated _id, a bad date, a bad key', () => {
  const geo = createStandinDatabase().Geo;
  const cases: [string, RegExp][] = [
    ['{"_id":"a"}\n{"_id":"b",}\n', /x\.json:2: not a JSON document/],
    ['[{"_id":"a"}]\n', /x\.json:1: not a JSON document/],
    ['{"name":"no id"}\n', /x\.json:1: no string _id/],
    ['{"_id":"a"}\n{"_id":"a"}\n', /x\.json:2: _id a is repeated/],
    ['{"_id":"a","at":{"$date":"yesterday"}}\n', /x\.json:1: \$date is not an ISO 8601 date/],
    ['{"_id":"a","a..b":1}\n', /x\.json:1: the key "a..b" cannot be imported/],
    ['{"_id":"a","location":{"type":"Point","coordinates":[200,45]}}\n', /x\.json:1: a GeoJSON point/],
  ];
  for (const [text, error] of cases) expect(() => decodeFile(text, 'x.json', geo)).toThrow(error);
});

test('the export command line: a source and an output are required', () => {
  expect(() => parseExportArgs(['--from', 'demo'], {})).toThrow(/usage/);
  expect(() => parseExportArgs(['--from', 'mysql', '--out', 'x'], {})).toThrow(/sqlite, demo or csv/);
  expect(parseExportArgs(['--from', 'sqlite', '--out', 'x'], { DB_PATH: '/tmp/a.db' })).toEqual({
    from: 'sqlite',
    db: '/tmp/a.db',
    datum: 'wgs84',
    out: 'x',
    withDemoUsers: false,
  });
  expect(parseExportArgs(['--from', 'csv', 'a.csv', '--datum', 'gcj02', '--out', 'x'], {}).datum).toBe('gcj02');
  expect(() => parseExportArgs(['--from', 'csv', 'a.csv', '--datum', 'gps', '--out', 'x'], {})).toThrow(
    /wgs84, gcj02 or bd09/,
  );
});

test("--from csv adds the posts of an import CSV through the app's own import checks; a bad row refuses the file", async () => {
  const village = demoDataset().regions.find((r) => r.level === 'village')!;
  const header = '岗位编号,岗位名称,地址,村代码,纬度,经度';
  const row = (name: string, lat: number) => `,${name},${village.name}村委会旁,${village.code},${lat},${village.lng}`;
  const good = join(tmp, 'good.csv');
  writeFileSync(
    good,
    [header, row('新建先锋岗甲', village.lat), row('新建先锋岗乙', village.lat + 0.001)].join('\n') + '\n',
  );
  const { data, created } = await networkWithCsv(dbFile, good, Date.UTC(2026, 11, 1));
  expect(created).toBe(2);
  expect(data.posts).toHaveLength(demoDataset().posts.length + 2);
  const added = data.posts.filter((p) => p.name.startsWith('新建先锋岗'));
  expect(added.map((p) => [p.name, p.villageCode, p.status])).toEqual([
    ['新建先锋岗甲', village.code, 'active'],
    ['新建先锋岗乙', village.code, 'active'],
  ]);
  // The base database is never changed.
  const sqlite = openSqliteStore(dbFile);
  expect((await sqlite.posts.page(null, 100_000)).length).toBe(demoDataset().posts.length);
  await sqlite.close();
  const bad = join(tmp, 'bad.csv');
  writeFileSync(
    bad,
    [header, row('新建先锋岗丙', village.lat), `,缺坐标的岗位,某地,${village.code},北纬,${village.lng}`].join('\n') +
      '\n',
  );
  await expect(networkWithCsv(dbFile, bad, Date.UTC(2026, 11, 1))).rejects.toThrow(
    /1 bad row\(s\); nothing was exported:\n {2}第3行 纬度：纬度必须是数字/,
  );
}, 60_000);
