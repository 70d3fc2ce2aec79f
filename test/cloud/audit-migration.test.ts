/**
 * An older SQLite database's audit entries (written before kinds existed) get the kind their action meant when the
 * store opens it, stay append-only, and show on the city admins' page under the right filter.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStore } from '../../cloudfunctions/store/sqlite';
import { migrate } from '../../cloudfunctions/store/sqlite/migrate';
import { MIGRATIONS } from '../../cloudfunctions/store/sqlite/schema';

test('entries of an older database are classified once and stay append-only', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'pp-audit-')), 'old.db');
  const old = new Database(file);
  // The schema as it stood before the audit log's kinds: every step below that one.
  const before = MIGRATIONS.filter((m) => !m.name.startsWith('audit log:'));
  old.exec(
    'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)',
  );
  for (const m of before) {
    old.exec(m.sql);
    old.prepare('INSERT INTO schema_migrations VALUES (?, ?, 0)').run(m.version, m.name);
  }
  const add = old.prepare('INSERT INTO audit_log (at, actor, actor_label, action, request_id) VALUES (?, ?, ?, ?, ?)');
  add.run(1, 'o-s', '工作人员 甲', 'reveal.idNumber', 'r1');
  add.run(2, 'o-s', '工作人员 甲', 'view.photos', 'r1');
  add.run(3, 'o-c', '市局 乙', 'admin.revoke', 'admin:o-t');
  old.close();

  const store = openSqliteStore(file);
  const all = await store.audit.page({ kinds: null, fromMs: 0, toMs: 10, before: null, limit: 10 });
  expect(all.map((e) => [e.action, e.kind, e.actorRole])).toEqual([
    ['admin.revoke', 'admin', ''],
    ['view.photos', 'evidence', ''],
    ['reveal.idNumber', 'reveal', ''],
  ]);
  expect(() => store.db.exec(`UPDATE audit_log SET kind = 'admin'`)).toThrow(/append-only/);
  expect(() => store.db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
  expect(migrate(store.db)).toEqual([]);
  await store.close();
});
