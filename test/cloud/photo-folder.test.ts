/**
 * The folder of a resident's evidence photos is a keyed hash of their openid under a label of its own, never the
 * visitor hash their scans are counted under, so a request's photo paths (seen by the office deciding it) do not
 * lead to the scans of its author. Photos stored with requests before the change, in `aid/<visitor hash>/`, keep
 * working: the deciding office sees them, their owner's request lists them and the storage rule lets the owner read
 * them, and 删除我的数据 deletes them. A new submission cannot name an upload of that form: it has no slot.
 */
import { randomUUID } from 'node:crypto';
import { photoFolder } from '~/cloudfunctions/domain/requests/photos';
import { formatPayload } from '~/cloudfunctions/domain/requests/payload';
import { visitorHash } from '~/cloudfunctions/domain/visitor';
import { allows, STORAGE_RULE } from '~/scripts/deploy/storage-rule';
import { EVIDENCE_PREFIX, JPEG } from '../support/evidence-storage-standin';
import { AID_STAFF, apply, photoWorld, requestCount, upload, type PhotoWorld } from './photo-fixture';

const SALT = 'test-salt';
const folderOf = (openid: string) => photoFolder({ secrets: { visitorSalt: SALT } }, openid);

let w: PhotoWorld;
beforeEach(async () => {
  w = await photoWorld();
});

/** The files the deciding office is shown of a request, read back from its links (the stand-in names them). */
async function shown(id: string): Promise<string[]> {
  const res = await w.work(AID_STAFF, { action: 'evidence', id });
  expect(res.status).toBe(200);
  return res.data.photos.map((p: { url: string }) => decodeURIComponent(new URL(p.url).pathname.slice(1)));
}

test('the folder is never the visitor hash of the same openid, and differs between residents', async () => {
  for (const openid of ['o-fold-1', 'o-fold-2', 'oAbCdEfGhIjKlMnOpQrStUvWxYz0']) {
    expect(folderOf(openid)).toMatch(/^aid\/[0-9a-f]{32}$/);
    expect(folderOf(openid)).not.toBe(`aid/${visitorHash(SALT, openid)}`);
  }
  expect(folderOf('o-fold-1')).not.toBe(folderOf('o-fold-2'));
  const me = await w.resident('o-fold-1', { action: 'me' });
  expect(me.data.photoFolder).toBe(folderOf('o-fold-1'));
  const slot = await w.resident('o-fold-1', { action: 'photoSlot' });
  expect(slot.data.cloudPath.startsWith(`${folderOf('o-fold-1')}/`)).toBe(true);
  expect(slot.data.cloudPath).not.toContain(visitorHash(SALT, 'o-fold-1'));
});

test('an upload to the new folder attaches, and the office sees it under that path', async () => {
  const photo = await upload(w, 'o-fold-3');
  const sent = await apply(w, 'o-fold-3', [photo]);
  expect(sent.status).toBe(200);
  expect(await shown(sent.data.id)).toEqual([photo]);
  expect(photo).toContain(`/${folderOf('o-fold-3')}/`);
});

describe('a photo stored with a request in the old folder form', () => {
  const owner = 'o-fold-old';
  let legacy: string;
  let id: string;
  beforeEach(async () => {
    legacy = w.storage.clientUpload(`aid/${visitorHash(SALT, owner)}/${randomUUID()}.jpg`, JPEG);
    // A request filed before the change: its photo ids are stored with it, as they were uploaded.
    const sent = await apply(w, owner, []);
    id = sent.data.id;
    const rec = (await w.store.requests.byId(id))!;
    const changed = await w.store.requests.update(id, rec.version, {
      at: w.now.t,
      payload: formatPayload({ photos: [legacy] }),
    });
    expect(changed).toBe('ok');
  });

  test('the deciding office still sees it, and its owner’s request still lists it', async () => {
    expect(await shown(id)).toEqual([legacy]);
    const detail = await w.resident(owner, { action: 'requestDetail', id });
    expect(detail.data.photos).toEqual([legacy]);
    // The app shows it by its fileID; the storage rule lets its uploader read it, nobody else.
    const resource = { openid: owner, path: legacy.slice(EVIDENCE_PREFIX.length) };
    expect(allows(STORAGE_RULE.rule!, 'read', { auth: { openid: owner }, resource })).toBe(true);
    expect(allows(STORAGE_RULE.rule!, 'read', { auth: { openid: 'o-someone' }, resource })).toBe(false);
  });

  test('删除我的数据 deletes it', async () => {
    expect((await w.resident(owner, { action: 'deleteMyData', confirm: true })).status).toBe(200);
    expect(w.storage.files.has(legacy)).toBe(false);
  });

  test('a new submission cannot name an upload of that form (no slot), nor is it read', async () => {
    const another = w.storage.clientUpload(`aid/${visitorHash(SALT, owner)}/${randomUUID()}.jpg`, JPEG);
    const before = requestCount(w);
    w.now.t += 3_600_000;
    const res = await apply(w, owner, [another]);
    expect([res.status, res.error?.message]).toEqual([400, '照片已失效，请重新上传']);
    expect(requestCount(w)).toBe(before);
    expect(w.storage.downloads).toEqual([]);
  });
});
