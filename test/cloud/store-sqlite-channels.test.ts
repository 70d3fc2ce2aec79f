/** Migration 6 on a version-5 file: existing service points get the channels routing now reads instead of names. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../cloudfunctions/store/sqlite';
import { MIGRATIONS } from '../../cloudfunctions/store/sqlite/schema';
import { MIGRATION_SERVICE_CHANNELS } from '../../cloudfunctions/store/sqlite/migration-channels';

const dir = mkdtempSync(join(tmpdir(), 'store-channels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS: Array<[string, string, string]> = [
  ['svc-jo-1', 'judicialOffice', '新立乡司法所'],
  ['svc-mr-1', 'mediationRoom', '张三个人调解室'],
  ['svc-aid-1', 'legalAidCentre', '洮北区法律援助中心'],
  ['svc-w-1', 'legalAidStation', '洮北区妇女法律援助工作站'],
  ['svc-u-1', 'legalAidStation', '白城师范学院法律援助工作站'],
  ['svc-n-1', 'notary', '白城市鹤城公证处'],
];

test('a version-5 file upgrades: each existing point serves what its kind (and station name) meant', async () => {
  const file = join(dir, 'v5.db');
  const v5 = new Database(file);
  v5.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  );
  const before = MIGRATIONS.filter((m) => m.version < MIGRATION_SERVICE_CHANNELS.version);
  for (const m of before) {
    v5.exec(m.sql);
    v5.prepare('INSERT INTO schema_migrations VALUES (?, ?, 0)').run(m.version, m.name);
  }
  const insert = v5.prepare(
    `INSERT INTO services (id, kind, name, region_code, address, phone, hours, lat, lng, stars, note)
     VALUES (?, ?, ?, '220802', '地址', '0436-3221234', '工作日', 45.6, 122.8, NULL, '')`,
  );
  for (const [id, kind, name] of ROWS) insert.run(id, kind, name);
  v5.close();

  const store = openSqliteStore(file);
  const channels = async (id: string) => (await store.services.byId(id))?.channels;
  expect(await channels('svc-jo-1')).toEqual(['mediation', 'handover']);
  expect(await channels('svc-mr-1')).toEqual(['mediation']);
  expect(await channels('svc-aid-1')).toEqual(['aid', 'handover']);
  expect(await channels('svc-w-1')).toEqual(['aidWomen']);
  expect(await channels('svc-u-1')).toEqual(['aidStudent']);
  expect(await channels('svc-n-1')).toEqual([]);
  expect((await store.services.forChannel('aidStudent', 10)).map((s) => s.id)).toEqual(['svc-u-1']);
  await store.close();
});
