/**
 * resident.myData (下载我的数据): everything the system holds about the caller, as one JSON file. Only the caller's
 * own rows are read (requests by owner, notices by recipient, photos by owner, the audit entries of their own
 * requests), so nobody else's data can be in it. H5 takes the text in the reply; WeChat asks for a file in cloud
 * storage under the caller's own folder (as admin exports are), which replaces their previous one and goes with
 * 删除我的数据.
 */
import { OWNER_SLOTS_LIMIT } from '../requests/photo-slots';
import { MyDataInputSchema, type MyDataReply } from '~/types/api/myData';
import { dayKey } from '~/types/day';
import type { RequestRecord, Store } from '../../store/port';
import type { Route } from '../context';
import { keepOwn } from '../files/own';
import { photoIdsOf } from '../requests/evidence';
import { ownerOf } from '../requests/submit';
import { loosePhotoEntry, myDataJson, noticeEntry, requestEntry, type RequestExtras } from './my-data-build';

// A resident has few requests (an hourly cap of a handful); these cover years of them.
const REQUESTS_LIMIT = 1000;
const NOTICES_LIMIT = 2000;
// Reveals, photo views and decisions on one request: a handful each, far fewer than this.
const AUDIT_LIMIT = 500;
// Uploads not yet attached live a day (the timer removes them), within the upload caps.
const PHOTOS_LIMIT = 1000;

/** Each request's audit entries and the name of the unit it is assigned to (a service point; null otherwise). */
async function extrasOf(store: Store, records: RequestRecord[]): Promise<Map<string, RequestExtras>> {
  const units = [...new Set(records.map((r) => r.assignee))];
  const [audits, services] = await Promise.all([
    Promise.all(records.map((r) => store.audit.forRequest(r.id, AUDIT_LIMIT))),
    Promise.all(units.map((id) => store.services.byId(id))),
  ]);
  const names = new Map(units.map((id, i) => [id, services[i]?.name ?? null]));
  return new Map(records.map((r, i) => [r.id, { audit: audits[i], office: names.get(r.assignee) ?? null }]));
}

/** resident.myData. */
export const myData: Route<typeof MyDataInputSchema, MyDataReply> = {
  schema: MyDataInputSchema,
  // Reads every request of the caller and may write a file: limited like deleteMyData.
  perMinute: 3,
  async handle(ctx, input) {
    const owner = ownerOf(ctx);
    const rows = await ctx.store.requests.byOwner(owner, REQUESTS_LIMIT);
    const records = (await Promise.all(rows.map((r) => ctx.store.requests.byId(r.id)))).filter(
      (r): r is RequestRecord => r !== null && r.owner === owner,
    );
    const postIds = [...new Set(records.map((r) => r.postId))];
    const posts = await Promise.all(postIds.map((id) => ctx.store.posts.byId(id)));
    const names = new Map(postIds.map((id, i) => [id, posts[i]?.name ?? '']));
    // Links that last (a file is kept for years): /files/<id> locally, served to its owner's session; on WeChat the
    // cloud fileID, which the storage rule lets its uploader read. Handlers' signed links live minutes.
    const links = new Map(
      records.flatMap(photoIdsOf).map((id) => [id, id.startsWith('cloud://') ? id : `/files/${id}`] as const),
    );
    const extras = await extrasOf(ctx.store, records);
    const requests = records.map((r) =>
      requestEntry(r, names.get(r.postId) ?? '', ctx.secrets.dataKey, links, extras.get(r.id)),
    );
    const notices = (await ctx.store.outbox.forRecipient(owner, NOTICES_LIMIT)).map(noticeEntry);
    // Uploads of theirs that no request carries (yet): kept by the local runtime's store until the timer removes them.
    const loose = (await ctx.store.photos.byOwner(owner, PHOTOS_LIMIT))
      .filter((p) => !links.has(p.id))
      .map((p) => loosePhotoEntry(p, `/files/${p.id}`));
    // On WeChat: the uploads the server issued them a place for (photo-slots.ts) that no request carries.
    const uploads = ctx.evidence?.uploads;
    if (uploads) {
      for (const slot of await uploads.slots.byOwner(owner, OWNER_SLOTS_LIMIT)) {
        if (slot.state !== 'attached' && !links.has(slot.fileId)) loose.push(loosePhotoEntry(slot, slot.fileId));
      }
    }
    const json = myDataJson(ctx.now(), ctx.identity.user, requests, notices, loose);
    const filename = `我的数据_${dayKey(ctx.now())}.json`;
    const counts = { requests: requests.length, notices: notices.length };
    if (input.delivery === 'inline') return { filename, json, ...counts };
    const [file] = await keepOwn(ctx, 'exports', [{ filename, bytes: Buffer.from(json, 'utf8') }]);
    return { filename, json: '', file, ...counts };
  },
};
