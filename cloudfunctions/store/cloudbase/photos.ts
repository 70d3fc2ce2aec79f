/**
 * Evidence photos on CloudBase: the app uploads them to cloud storage itself, so no photo row is ever in the
 * database (the photos group below is empty). What the database keeps is each upload's slot (collection
 * photo_slots): the path the server issued, to whom, and what a submission found in the file
 * (domain/requests/photo-slots.ts). Its caps, the checks and the timer's sweep read these; the files themselves are
 * read and deleted through functions/evidence-files.ts.
 */
import type { PhotoSlot, PhotoSlotStore, SlotState } from '../../domain/requests/photo-slots';
import type { PhotosPort } from '../port';
import { COLLECTIONS } from './docs';
import type { CloudDatabase, CloudDoc, CloudQuery } from './sdk';
/** Slots not yet attached: what the total cap counts and the sweep looks at. */
const UNATTACHED: SlotState[] = ['open', 'checked'];
/** What the sweep may take: slots not attached, and those it took before and could not finish. */
const SWEEPABLE: SlotState[] = [...UNATTACHED, 'sweeping'];

/** The photos group over CloudBase: nothing stored in the database. */
export function cloudPhotos(): PhotosPort {
  return {
    put: async () => {
      throw new Error('photos.put: on CloudBase photos go to cloud storage (Taro.cloud.uploadFile)');
    },
    get: async () => null,
    countOwned: async () => 0,
    byOwner: async () => [],
    deleteByOwner: async () => 0,
    usage: async () => ({ owner: 0, total: 0 }),
    sweepOrphans: async () => 0,
  };
}

function toSlot(d: CloudDoc): PhotoSlot {
  return {
    id: d._id,
    owner: d.owner as string,
    path: d.path as string,
    fileId: d.fileId as string,
    state: d.state as SlotState,
    bytes: d.bytes as number,
    at: d.at as number,
    createdAt: d.createdAt as number,
  };
}

/** The upload slots over a CloudBase database (`_id` is the uuid of the file's name). */
export function cloudPhotoSlots(db: CloudDatabase): PhotoSlotStore {
  const slots = () => db.collection(COLLECTIONS.photoSlots);
  const _ = db.command;
  const read = async (q: CloudQuery) => (await q.get()).data.map(toSlot);
  return {
    async add(s) {
      const { id, ...fields } = s;
      await slots().add({ data: { _id: id, ...fields } });
    },
    byIds: async (ids) =>
      ids.length === 0
        ? []
        : read(
            slots()
              .where({ _id: _.in(ids) })
              .limit(ids.length),
          ),
    byOwner: (owner, limit) => read(slots().where({ owner }).limit(limit)),
    checkedCount: async () => (await slots().where({ state: 'checked' }).count()).total,
    async checked(id, bytes, at) {
      // A compare-and-set: a slot the sweep removed meanwhile is not brought back (a second check of the same file,
      // a double tap's, finds it checked and agrees).
      const where = { _id: id, state: _.in(UNATTACHED) };
      const res = await slots()
        .where(where)
        .update({ data: { state: 'checked', bytes, at } });
      return res.stats.updated === 1;
    },
    async attached(ids) {
      if (ids.length > 0)
        await slots()
          .where({ _id: _.in(ids) })
          .update({ data: { state: 'attached' } });
    },
    due: (before, limit) =>
      read(
        slots()
          .where({ state: _.in(SWEEPABLE), at: _.lt(before) })
          .orderBy('at', 'asc')
          .limit(limit),
      ),
    async claim(ids, before) {
      const taken = await Promise.all(
        ids.map(
          async (id) =>
            (
              await slots()
                .where({ _id: id, state: _.in(SWEEPABLE), at: _.lt(before) })
                .update({ data: { state: 'sweeping' } })
            ).stats.updated === 1,
        ),
      );
      return ids.filter((_id, i) => taken[i]);
    },
    async remove(ids) {
      if (ids.length === 0) return 0;
      return (
        await slots()
          .where({ _id: _.in(ids) })
          .remove()
      ).stats.removed;
    },
  };
}
