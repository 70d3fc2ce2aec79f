/**
 * The seed load on CloudBase. There is no multi-document transaction, so "all or nothing" is built from three
 * steps: (1) refuse, before writing anything, a dataset with a repeated id or an id already stored; (2) insert in
 * ordered batches of 100 (WRITE_BATCH), every document tagged with this load's `loadId`; (3) if a batch fails (e.g. a concurrent
 * writer took an id after the check), remove every document carrying our `loadId` among the ids we sent, then
 * rethrow. Only a crash of the loader itself between (2) and (3) can leave a partial load, and its documents are
 * findable by `loadId`.
 */
import type { Dataset } from '../port';
import { COLLECTIONS, toDoc } from './docs';
import { chunk, PAGE, WRITE_BATCH } from './query';
import { patchDirectory } from './directory';
import type { CloudDatabase, CloudDoc } from './sdk';

interface Batch {
  collection: string;
  docs: CloudDoc[];
}

function plan(db: CloudDatabase, data: Dataset, loadId: string): Batch[] {
  const groups: [string, CloudDoc[]][] = [
    [COLLECTIONS.regions, data.regions.map(toDoc.region)],
    [COLLECTIONS.posts, data.posts.map((p) => toDoc.post(p, db.Geo))],
    [COLLECTIONS.services, data.services.map((s) => toDoc.service(s, db.Geo))],
    [COLLECTIONS.volunteers, data.volunteers.map(toDoc.volunteer)],
    [COLLECTIONS.users, data.users.map(toDoc.user)],
  ];
  const batches: Batch[] = [];
  for (const [collection, docs] of groups) {
    const seen = new Set<string>();
    for (const d of docs) {
      if (seen.has(d._id)) throw new Error(`load: ${collection} lists id ${d._id} twice; nothing was written`);
      seen.add(d._id);
    }
    for (const part of chunk(
      docs.map((d) => ({ ...d, loadId })),
      WRITE_BATCH,
    ))
      batches.push({ collection, docs: part });
  }
  return batches;
}

async function assertAbsent(db: CloudDatabase, batch: Batch): Promise<void> {
  const _ = db.command;
  const idList = batch.docs.map((d) => d._id);
  const { data } = await db
    .collection(batch.collection)
    .where({ _id: _.in(idList) })
    .limit(PAGE)
    .get();
  if (data.length > 0) {
    throw new Error(`load: ${batch.collection} already holds ${data[0]._id}; nothing was written`);
  }
}

async function removeOurs(db: CloudDatabase, batch: Batch, loadId: string): Promise<void> {
  const _ = db.command;
  const coll = db.collection(batch.collection);
  const { data } = await coll
    .where({ _id: _.in(batch.docs.map((d) => d._id)), loadId })
    .limit(PAGE)
    .get();
  for (const d of data) await coll.doc(d._id).remove();
}

/** Loads a whole dataset or nothing (see the file comment for how, without transactions). */
export async function loadDataset(db: CloudDatabase, data: Dataset): Promise<void> {
  const loadId = `load-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const batches = plan(db, data, loadId);
  for (const batch of batches) await assertAbsent(db, batch);
  const sent: Batch[] = [];
  try {
    for (const batch of batches) {
      sent.push(batch);
      await db.collection(batch.collection).add({ data: batch.docs });
    }
  } catch (err) {
    for (const batch of sent) await removeOurs(db, batch, loadId);
    throw err;
  }
  // The county post directories the dashboards read (boards.ts); the rollup rebuilds them if this is cut short.
  await patchDirectory(db, data.posts);
}
