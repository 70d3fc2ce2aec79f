/**
 * The stand-in answers a page in `_id` order (`_id > last`, ascending: how the adapter pages every collection) by
 * reading along the id order instead of sorting every match. The answers must be exactly those of the general
 * path: the same documents, in the same order, within the same page caps, also after writes move the id set.
 */
import { createStandinDatabase, DEFAULT_GET, MAX_GET } from '../support/cloudbase-standin';

async function filled(n: number) {
  const db = createStandinDatabase({ latencyMs: 0 });
  await db.admin.createCollection('things');
  // Ids out of insertion order, some sharing prefixes, so the order is the strings' and not the insertion's.
  const docs = Array.from({ length: n }, (_v, i) => ({ _id: `t${((i * 7919) % n).toString(36)}`, odd: i % 2 === 1 }));
  db.admin.importDocuments('things', docs);
  return { db, ids: docs.map((d) => d._id).sort() };
}

describe('pages by _id over the stand-in', () => {
  it('returns the ids after the last one in order, a filter applied, within the page caps', async () => {
    const { db, ids } = await filled(2_500);
    const _ = db.command;
    const things = db.collection('things');
    const first = await things.where({}).orderBy('_id', 'asc').get();
    expect(first.data.map((d) => d._id)).toEqual(ids.slice(0, DEFAULT_GET));
    const after = ids[500];
    const page = await things
      .where({ _id: _.gt(after) })
      .orderBy('_id', 'asc')
      .limit(5_000)
      .get();
    expect(page.data.map((d) => d._id)).toEqual(ids.slice(501, 501 + MAX_GET));
    const odd = await things
      .where({ _id: _.gt(after), odd: true })
      .orderBy('_id', 'asc')
      .skip(3)
      .limit(10)
      .get();
    const all = (
      await Promise.all(
        [0, 1, 2].map((k) =>
          things
            .where({})
            .skip(k * 1000)
            .limit(1000)
            .get(),
        ),
      )
    )
      .flatMap((r) => r.data)
      .filter((d) => d.odd === true && d._id > after)
      .map((d) => d._id)
      .sort();
    expect(odd.data.map((d) => d._id)).toEqual(all.slice(3, 13));
  });

  it('sees documents added and removed after a page was read', async () => {
    const { db, ids } = await filled(300);
    const _ = db.command;
    const things = db.collection('things');
    await things
      .where({ _id: _.gt('') })
      .orderBy('_id', 'asc')
      .limit(10)
      .get();
    await things.add({ data: { _id: 't!', odd: false } });
    await things.doc(ids[0]).remove();
    const page = await things
      .where({ _id: _.gt('') })
      .orderBy('_id', 'asc')
      .limit(3)
      .get();
    expect(page.data.map((d) => d._id)).toEqual(['t!', ids[1], ids[2]]);
  });
});
