/** A database on a disk that cannot be written stops the start with a message naming the cause and the fix. */
import fs from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ownerOnlyDatabase } from '~/cloudfunctions/local/db-file';

afterEach(() => jest.restoreAllMocks());

test('a read-only mount (EROFS) is named, with what to do', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-dbfile-'));
  const db = join(dir, 'pioneer.db');
  fs.writeFileSync(db, '');
  // Root writes through a chmod and mounting needs privileges: the chmod answers as a read-only mount does.
  jest.spyOn(fs, 'chmodSync').mockImplementation(() => {
    throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
  });
  expect(() => ownerOnlyDatabase(db)).toThrow(
    `数据库所在的磁盘不可写，服务无法启动 (the database's folder is not writable: EROFS on ${db})`,
  );
});

test('a writable folder: the file is made with mode 0600', () => {
  const db = join(mkdtempSync(join(tmpdir(), 'pp-dbfile-')), 'sub', 'pioneer.db');
  ownerOnlyDatabase(db);
  expect(fs.statSync(db).mode & 0o777).toBe(0o600);
});
