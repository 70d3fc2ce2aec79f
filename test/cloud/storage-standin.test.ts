/**
 * The storage stand-in is at least as strict as CloudBase storage, and the functions' FileStore over it keeps its
 * promises: missing files are refused, not empty; sizes are capped before anything reads the bytes; list calls take
 * at most 50 files; ids of another environment or with `..` are not this store's.
 */
import { createCloudFileStore, STORAGE_BATCH } from '~/cloudfunctions/functions/storage';
import { createStorageStandin, STANDIN_PREFIX } from '../support/storage-standin';

test('the stand-in refuses what the service refuses', async () => {
  const s = createStorageStandin(1024);
  await expect(s.sdk.uploadFile({ cloudPath: '/lead.csv', fileContent: Buffer.from('x') })).rejects.toThrow();
  await expect(s.sdk.uploadFile({ cloudPath: 'a/../b.csv', fileContent: Buffer.from('x') })).rejects.toThrow();
  await expect(s.sdk.uploadFile({ cloudPath: 'big.bin', fileContent: Buffer.alloc(1025) })).rejects.toThrow();
  await expect(s.sdk.downloadFile({ fileID: `${STANDIN_PREFIX}none.csv` })).rejects.toThrow(/NONEXIST/);
  const many = Array.from({ length: 51 }, (_, i) => ({ fileID: `${STANDIN_PREFIX}f${i}`, maxAge: 60 }));
  await expect(s.sdk.getTempFileURL({ fileList: many })).rejects.toThrow();
  await expect(s.sdk.deleteFile({ fileList: many.map((f) => f.fileID) })).rejects.toThrow();
  const missing = await s.sdk.getTempFileURL({ fileList: [{ fileID: `${STANDIN_PREFIX}none`, maxAge: 60 }] });
  expect(missing.fileList[0]).toMatchObject({ status: -503003, tempFileURL: '' });
});

test('the cloud FileStore: round trip, capped reads, refused links of missing files, deletes in batches of 50', async () => {
  const s = createStorageStandin();
  const files = createCloudFileStore(s.sdk);
  const id = await files.put('exports/t/r/表.csv', Buffer.from('abc'));
  expect(files.pathOf(id)).toBe('exports/t/r/表.csv');
  expect(files.pathOf('cloud://other-env.bucket/../x')).toBeNull();
  expect(files.pathOf('/etc/passwd')).toBeNull();
  expect((await files.get(id, 3)).toString()).toBe('abc');
  await expect(files.get(id, 2)).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  expect(await files.url(id)).toMatch(/^https:\/\//);
  const ids = await Promise.all(
    Array.from({ length: 120 }, (_, i) => files.put(`sheets/t/${i}.pdf`, Buffer.from('%PDF'))),
  );
  const before = s.calls.remove;
  await files.remove([...ids, id]);
  expect(s.calls.remove - before).toBe(Math.ceil(121 / STORAGE_BATCH));
  expect(s.files.size).toBe(0);
  await expect(files.get(id, 10)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  await expect(files.url(id)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  // Deleting what is already gone is not an error (a sweep may come twice).
  await expect(files.remove([id])).resolves.toBeUndefined();
});
