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

/**
 * The same stand-in, one collection with an index on `insertedAt` (read along the field's order) and one without
 * (every match sorted): the rollup's range pages and its same-millisecond page must answer alike on both.
 */
describe('range pages on an indexed field over the stand-in', () => {
  const T0 = Date.UTC(2026, 0, 1);
  async function twins(n: number) {
    const make = async (indexed: boolean) => {
      const db = createStandinDatabase({ latencyMs: 0 });
      await db.admin.createCollection('scans');
      if (indexed) {
        await db.admin.createIndex('scans', {
          name: 'insertedAt_1__id_1',
          unique: false,
          keys: [
            { field: 'insertedAt', direction: '1' },
            { field: '_id', direction: '1' },
          ],
        });
      }
      // Ids not in time order, many scans sharing a millisecond, some with a number or no time at all.
      const docs = Array.from({ length: n }, (_v, i) => ({
        _id: `s${((i * 7919) % n).toString(36)}`,
        insertedAt: i % 97 === 0 ? i : i % 89 === 0 ? null : new Date(T0 + Math.floor(i / 3) * 1000),
        post: `p${i % 5}`,
      }));
      db.admin.importDocuments('scans', docs);
      return db;
    };
    return { fast: await make(true), slow: await make(false) };
  }
  type Db = Awaited<ReturnType<typeof twins>>['fast'];
  const pages = (db: Db) => {
    const _ = db.command;
    const scans = db.collection('scans');
    const at = (s: number) => new Date(T0 + s * 1000);
    return Promise.all([
      scans
        .where({ insertedAt: _.and(_.gt(at(100)), _.lte(at(900))) })
        .orderBy('insertedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(5_000)
        .get(),
      scans
        .where({ insertedAt: _.gte(at(10)), post: 'p2' })
        .orderBy('insertedAt', 'asc')
        .orderBy('_id', 'asc')
        .skip(7)
        .limit(40)
        .get(),
      scans
        .where({ insertedAt: _.lt(at(500)) })
        .orderBy('insertedAt', 'desc')
        .orderBy('_id', 'desc')
        .get(),
      scans
        .where({ insertedAt: at(333), _id: _.gt('s') })
        .orderBy('_id', 'asc')
        .limit(2)
        .get(),
      scans
        .where({ insertedAt: _.and(_.gt(100), _.lt(2_000)) })
        .orderBy('insertedAt', 'asc')
        .orderBy('_id', 'asc')
        .get(),
      scans
        .where({ insertedAt: _.and(_.gt(at(900)), _.lt(at(100))) })
        .orderBy('insertedAt', 'asc')
        .orderBy('_id', 'asc')
        .get(),
    ]).then((rs) => rs.map((r) => r.data.map((d) => d._id)));
  };

  it('answers as sorting every match does, within the page caps', async () => {
    const { fast, slow } = await twins(3_000);
    const [a, b] = [await pages(fast), await pages(slow)];
    expect(a).toEqual(b);
    expect(a.map((ids) => ids.length)).toEqual([1000, 40, 100, 2, 19, 0]);
  });

  it('still answers alike after appends, moves and removals', async () => {
    const { fast, slow } = await twins(1_200);
    await pages(fast);
    for (const db of [fast, slow]) {
      const scans = db.collection('scans');
      await scans.add({ data: { _id: 'late', insertedAt: new Date(T0 + 5_000_000), post: 'p2' } });
      await scans.add({ data: { _id: 'early', insertedAt: new Date(T0 + 150_000), post: 'p2' } });
      await scans.doc('s1').update({ data: { insertedAt: new Date(T0 + 200_000) } });
      await scans.doc('s2').remove();
    }
    const [a, b] = [await pages(fast), await pages(slow)];
    expect(a).toEqual(b);
    expect(a[0]).toContain('early');
    // A removal keeps the built order (its entry is skipped); the same id coming back must not appear twice.
    const moved = async (db: Db, back: boolean) => {
      const scans = db.collection('scans');
      if (back) await scans.add({ data: { _id: 's5', insertedAt: new Date(T0 + 6_000_000), post: 'p2' } });
      else await scans.doc('s5').remove();
      return pages(db);
    };
    for (const back of [false, true]) expect(await moved(fast, back)).toEqual(await moved(slow, back));
    const tail = await fast
      .collection('scans')
      .where({ insertedAt: fast.command.gte(new Date(T0 + 5_000_000)) })
      .orderBy('insertedAt', 'asc')
      .orderBy('_id', 'asc')
      .get();
    expect(tail.data.map((d) => d._id)).toEqual(['late', 's5']);
  });
});
