/**
 * The data key of a SQLite database: checking that a key opens its data, and rotating it. Encrypted values are
 * `v1:` strings (domain/crypto.ts), whole column values or strings inside JSON columns (a request's payload). The
 * rotation does not rely on a list of fields: it walks every text value of every table and re-encrypts each
 * string that the old key opens (AES-GCM's tag makes a user's text that merely starts with `v1:` fail to open, so
 * it is left as it is). All in one transaction, verified before commit, which also notes in `meta` that the file is
 * still to be scrubbed: a rotation cut off before its scrub is scrubbed by the next start (secrets.ts).
 */
import type Database from 'better-sqlite3';
import { decrypt, encrypt } from '../domain/crypto';

const PREFIX = 'v1:';
/** The `meta` key a rotation sets in its transaction and clears once the file is scrubbed. */
const SCRUB_PENDING = 'rotation.scrub_pending';

function opens(key: Buffer, value: string): string | null {
  try {
    return decrypt(key, value);
  } catch {
    return null;
  }
}

/** Rewrites every string opened by `from` (re-encrypted under `to`) inside a JSON value; counts them. */
function walk(value: unknown, from: Buffer, to: Buffer, count: { n: number }): unknown {
  if (typeof value === 'string') {
    if (!value.startsWith(PREFIX)) return value;
    const plain = opens(from, value);
    if (plain === null) return value;
    count.n++;
    return encrypt(to, plain);
  }
  if (Array.isArray(value)) return value.map((v) => walk(v, from, to, count));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, from, to, count)]));
  }
  return value;
}

/** Re-encrypts one stored cell: a whole `v1:` value or JSON holding some; null when nothing in it changes. */
function rekeyCell(cell: string, from: Buffer, to: Buffer, count: { n: number }): string | null {
  const before = count.n;
  if (cell.startsWith(PREFIX)) {
    const out = walk(cell, from, to, count) as string;
    return count.n > before ? out : null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return null;
  }
  const out = walk(parsed, from, to, count);
  return count.n > before ? JSON.stringify(out) : null;
}

interface Column {
  table: string;
  column: string;
  pk: string[];
}

/** Every text column of every table, with the table's key columns (rowid where it has no declared key). */
function textColumns(db: Database.Database): Column[] {
  const tables = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string; sql: string }[];
  const out: Column[] = [];
  for (const t of tables) {
    const info = db.prepare(`SELECT name, type, pk FROM pragma_table_info(?)`).all(t.name) as {
      name: string;
      type: string;
      pk: number;
    }[];
    const declared = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const pk = declared.length ? declared.map((c) => c.name) : ['rowid'];
    for (const c of info) if (/TEXT|^$/i.test(c.type)) out.push({ table: t.name, column: c.name, pk });
  }
  return out;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Counts the values under `key` in the whole database (used to verify a rotation left none behind). */
export function countOpenedBy(db: Database.Database, key: Buffer): number {
  const count = { n: 0 };
  for (const c of textColumns(db)) {
    const rows = db
      .prepare(`SELECT ${q(c.column)} AS v FROM ${q(c.table)} WHERE ${q(c.column)} LIKE '%v1:%'`)
      .pluck()
      .all() as string[];
    for (const v of rows) rekeyCell(v, key, key, count);
  }
  return count.n;
}

/**
 * Re-encrypts every value under `from` with `to` in one transaction; throws (rolling back) unless afterwards no
 * value opens with `from` and as many open with `to` as were rewritten. Returns how many values were rewritten.
 */
export function rotateDataKey(db: Database.Database, from: Buffer, to: Buffer): number {
  if (from.equals(to)) throw new Error('the new data key equals the old one');
  // The old ciphertexts are zeroed where they stood (scrub() then rebuilds the file), and the commit is on disk
  // before the caller replaces the key file (NORMAL under WAL could lose the last commit on power loss).
  db.pragma('secure_delete = ON');
  db.pragma('synchronous = FULL');
  return db.transaction(() => {
    const count = { n: 0 };
    for (const c of textColumns(db)) {
      const keyCols = c.pk.map(q).join(', ');
      const rows = db
        .prepare(`SELECT ${keyCols}, ${q(c.column)} AS __v FROM ${q(c.table)} WHERE ${q(c.column)} LIKE '%v1:%'`)
        .all() as Record<string, unknown>[];
      const where = c.pk.map((k) => `${q(k)} = ?`).join(' AND ');
      const update = db.prepare(`UPDATE ${q(c.table)} SET ${q(c.column)} = ? WHERE ${where}`);
      for (const row of rows) {
        const next = rekeyCell(String(row.__v), from, to, count);
        if (next !== null) update.run(next, ...c.pk.map((k) => row[k]));
      }
    }
    db.prepare(`INSERT INTO meta (key, value) VALUES (?, '1') ON CONFLICT (key) DO UPDATE SET value = '1'`).run(
      SCRUB_PENDING,
    );
    const left = countOpenedBy(db, from);
    const opened = countOpenedBy(db, to);
    if (left !== 0 || opened < count.n) {
      throw new Error(`rotation check failed: ${left} values still under the old key, ${opened}/${count.n} open`);
    }
    return count.n;
  })();
}

/** The personal-number fields of a request's payload: always encrypted, so they tell whether a key is the one. */
const PROBE_FIELDS = ['idNumber', 'phone', 'callbackPhone'];

/** Whether `key` opens the database's encrypted data: 'none' when there is none yet to try. */
export function probeDataKey(db: Database.Database, key: Buffer): 'ok' | 'wrong' | 'none' {
  const rows = db
    .prepare(`SELECT payload FROM requests WHERE payload LIKE '%"v1:%' LIMIT 20`)
    .pluck()
    .all() as string[];
  let tried = 0;
  for (const row of rows) {
    const payload = JSON.parse(row) as Record<string, unknown>;
    for (const f of PROBE_FIELDS) {
      const v = payload[f];
      if (typeof v !== 'string' || !v.startsWith(PREFIX)) continue;
      tried++;
      if (opens(key, v) !== null) return 'ok';
    }
  }
  return tried ? 'wrong' : 'none';
}

/**
 * Leaves no copy of overwritten or deleted values in the database's files: the log is written back and emptied, the
 * file rebuilt from its live rows alone (VACUUM: no free page or freed cell keeps an old value), and the log emptied
 * again. For a key rotation and the keys moved out of meta; with no other connection in a transaction.
 */
export function scrub(db: Database.Database): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}

/** Whether a rotation committed and its scrub has not finished since. */
export function scrubPending(db: Database.Database): boolean {
  return db.prepare('SELECT 1 FROM meta WHERE key = ?').get(SCRUB_PENDING) !== undefined;
}

/** A rotation's scrub: the file rebuilt (scrub), then the note that it was still to be done removed. */
export function scrubAfterRotation(db: Database.Database): void {
  scrub(db);
  db.prepare('DELETE FROM meta WHERE key = ?').run(SCRUB_PENDING);
}
