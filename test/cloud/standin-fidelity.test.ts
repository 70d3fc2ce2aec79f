/**
 * The CloudBase stand-in is at least as strict as the service: what the server SDK does (duplicate keys, missing
 * documents, atomic updates, filters, the 100 / 1,000 page caps), what a fresh environment lacks (collections and
 * unique indexes exist only once set up), and how calls cost time (latency, the function timeout, faults that
 * lose a reply after the write landed). Each strictness is pinned here so a kinder stand-in fails a test.
 */
import { createCloudbaseStore } from '~/cloudfunctions/store/cloudbase';
import { getOrNull } from '~/cloudfunctions/store/cloudbase/query';
import { COLLECTION_SPECS, setupDatabase } from '~/cloudfunctions/store/cloudbase/setup';
import type { RequestRow } from '~/cloudfunctions/store/port';
import { createReadyStandin } from '../support/cloudbase-ready';
import { createStandinDatabase, type StandinDatabase } from '../support/cloudbase-standin';
import { workRequest } from './store-contract-work';

/** A stand-in with one scratch collection `c`, created as setup would. */
async function scratch(): Promise<StandinDatabase> {
  const db = createStandinDatabase();
  await db.admin.createCollection('c');
  return db;
}

describe('the stand-in answers like the server SDK', () => {
  it('rejects an add whose _id exists (errCode -502001, E11000); an ordered batch keeps what came before', async () => {
    const db = await scratch();
    await db.collection('c').add({ data: { _id: 'a', n: 1 } });
    await expect(db.collection('c').add({ data: { _id: 'a', n: 2 } })).rejects.toMatchObject({
      errCode: -502001,
      message: expect.stringMatching(/E11000 duplicate key/),
    });
    await expect(db.collection('c').add({ data: [{ _id: 'b' }, { _id: 'a' }, { _id: 'c' }] })).rejects.toThrow();
    expect(db.dump('c').map((d) => d._id)).toEqual(['a', 'b']);
  });

  it('rejects get() of a missing document and reports updated: 0 for its update', async () => {
    const db = await scratch();
    await expect(db.collection('c').doc('x').get()).rejects.toThrow(/document with _id x does not exist/);
    const res = await db
      .collection('c')
      .doc('x')
      .update({ data: { n: db.command.inc(1) } });
    expect(res).toEqual({ stats: { updated: 0 } });
    expect(db.dump('c')).toEqual([]);
  });

  it('increments atomically under concurrent updates', async () => {
    const db = await scratch();
    await db.collection('c').add({ data: { _id: 'x', n: 0 } });
    const inc = () =>
      db
        .collection('c')
        .doc('x')
        .update({ data: { n: db.command.inc(1), 'm.k': db.command.inc(2) } });
    await Promise.all(Array.from({ length: 50 }, inc));
    expect(db.dump('c')).toEqual([{ _id: 'x', n: 50, m: { k: 100 } }]);
  });

  it('patches only documents that still match in where().update, so a version check is a compare-and-set', async () => {
    const db = await scratch();
    const _ = db.command;
    await db.collection('c').add({ data: { _id: 'x', version: 1, log: ['a'], p: { k: 1, j: 2 } } });
    const bump = (entry: string) =>
      db
        .collection('c')
        .where({ _id: 'x', version: 1 })
        .update({ data: { version: _.inc(1), log: _.push([entry]), p: { k: null } } });
    const results = await Promise.all([bump('b'), bump('c')]);
    expect(results.map((r) => r.stats.updated).sort()).toEqual([0, 1]);
    const [doc] = db.dump('c');
    expect(doc).toMatchObject({ version: 2, p: { k: null, j: 2 } });
    expect(doc.log).toHaveLength(2);
    await expect(
      db
        .collection('c')
        .where({ _id: 'x' })
        .update({ data: { _id: 'y' } }),
    ).rejects.toThrow();
  });

  it('keeps a running maximum with _.max: a missing field takes the value, a lower one is raised, a higher one stays', async () => {
    const db = await scratch();
    const _ = db.command;
    await db.collection('c').add({ data: { _id: 'x', p: { a: '20261101' } } });
    await db
      .collection('c')
      .doc('x')
      .update({ data: { p: { a: _.max('20261003'), b: _.max('20261120') } } });
    await db
      .collection('c')
      .doc('x')
      .update({ data: { p: { b: _.max('20261125') } } });
    expect(db.dump('c')[0].p).toEqual({ a: '20261101', b: '20261125' });
  });

  it('answers a query the same whether or not an index starts with its field (arrays match by element)', async () => {
    const docs = Array.from({ length: 300 }, (_x, i) => ({
      _id: `d${String(i).padStart(3, '0')}`,
      subject: `s${i % 7}`,
      postIds: [`p${i % 5}`, `p${i % 11}`],
      n: i % 3 === 0 ? 1 : '1',
    }));
    const plain = await scratch();
    const indexed = await scratch();
    for (const field of ['subject', 'postIds', 'n']) {
      await indexed.admin.createIndex('c', { name: `${field}_1`, unique: false, keys: [{ field, direction: '1' }] });
    }
    await plain.collection('c').add({ data: docs });
    await indexed.collection('c').add({ data: docs });
    await indexed
      .collection('c')
      .doc('d000')
      .update({ data: { subject: 's6', postIds: ['p9'] } });
    await plain
      .collection('c')
      .doc('d000')
      .update({ data: { subject: 's6', postIds: ['p9'] } });
    await indexed.collection('c').doc('d001').remove();
    await plain.collection('c').doc('d001').remove();
    const _ = plain.command;
    const conditions = [
      { subject: 's6' },
      { postIds: 'p9' },
      { postIds: _.in(['p3', 'p10']), subject: 's2' },
      { n: 1 },
      { n: '1' },
      { subject: _.in(['s1', 's3']), n: _.gte(1) },
    ];
    for (const where of conditions) {
      const a = await plain.collection('c').where(where).limit(1000).get();
      const b = await indexed.collection('c').where(where).limit(1000).get();
      // Without orderBy the server promises no order (an index answers in its own): compare as sets.
      expect(b.data.map((d) => d._id).sort()).toEqual(a.data.map((d) => d._id).sort());
      expect(a.data.length).toBeGreaterThan(0);
    }
  });

  it('filters and sorts like the server; get() answers 100 without a limit and at most 1,000 with one', async () => {
    const db = await scratch();
    const _ = db.command;
    const docs = Array.from({ length: 1500 }, (_x, i) => ({
      _id: `d${String(i).padStart(4, '0')}`,
      i,
      tags: [`t${i % 3}`],
      a: { b: i % 2 },
    }));
    await db.collection('c').add({ data: docs });
    const c = db.collection('c');
    expect((await c.get()).data).toHaveLength(100);
    expect((await c.limit(500).get()).data).toHaveLength(500);
    expect((await c.limit(5000).get()).data).toHaveLength(1000);
    expect((await c.skip(1000).limit(1000).get()).data).toHaveLength(500);
    expect((await c.where({ i: _.gte(10) }).count()).total).toBe(1490);
    expect((await c.where({ i: _.and(_.gt(10), _.lte(12)) }).get()).data.map((d) => d.i)).toEqual([11, 12]);
    expect((await c.where({ tags: 't1', a: { b: 0 }, i: _.lte(149) }).count()).total).toBe(25);
    expect((await c.where({ 'a.b': 1, i: _.in([1, 2, 3]) }).get()).data.map((d) => d.i)).toEqual([1, 3]);
    const page = await c
      .where({ i: _.lte(20) })
      .orderBy('i', 'desc')
      .skip(5)
      .limit(3)
      .get();
    expect(page.data.map((d) => d.i)).toEqual([15, 14, 13]);
    const joined = await c.where(_.and({ i: _.gt(140) }, { tags: 't0' }, { i: _.lte(149) })).get();
    expect(joined.data.map((d) => d.i)).toEqual([141, 144, 147]);
  });
});

describe('a fresh environment has only what setup creates', () => {
  const MISSING = { errCode: -502005, message: expect.stringMatching(/database collection not exists/) };

  it('rejects every read and write on a collection nobody created (-502005), and getOrNull does not hide it', async () => {
    const db = createStandinDatabase();
    const c = db.collection('posts');
    const _ = db.command;
    await expect(c.add({ data: { _id: 'p' } })).rejects.toMatchObject(MISSING);
    await expect(c.get()).rejects.toMatchObject(MISSING);
    await expect(c.count()).rejects.toMatchObject(MISSING);
    await expect(c.where({ a: 1 }).update({ data: { a: 2 } })).rejects.toMatchObject(MISSING);
    await expect(c.where({ a: 1 }).remove()).rejects.toMatchObject(MISSING);
    await expect(c.doc('p').get()).rejects.toMatchObject(MISSING);
    await expect(c.doc('p').set({ data: { a: 1 } })).rejects.toMatchObject(MISSING);
    await expect(c.doc('p').update({ data: { a: _.inc(1) } })).rejects.toMatchObject(MISSING);
    await expect(c.doc('p').remove()).rejects.toMatchObject(MISSING);
    await expect(getOrNull(c.doc('p'))).rejects.toMatchObject(MISSING);
    expect(db.names()).toEqual([]);
  });

  it('the adapter fails on an environment that was never set up, and works once setup has run', async () => {
    const db = createStandinDatabase();
    await expect(createCloudbaseStore(db).posts.byId('P001')).rejects.toMatchObject(MISSING);
    await setupDatabase(db.admin);
    expect(await createCloudbaseStore(db).posts.byId('P001')).toBeNull();
    expect(await db.admin.listCollections()).toEqual(COLLECTION_SPECS.map((s) => s.name).sort());
  });

  it('enforces a unique index only once created, and refuses to create one over duplicates', async () => {
    const db = createStandinDatabase();
    await db.admin.createCollection('daily_stats');
    const c = db.collection('daily_stats');
    await c.add({ data: { _id: 'a', subject: 'P1', day: '20261201' } });
    await c.add({ data: { _id: 'b', subject: 'P1', day: '20261201' } });
    const index = COLLECTION_SPECS.find((s) => s.name === 'daily_stats')!.indexes.find((i) => i.unique)!;
    await expect(db.admin.createIndex('daily_stats', index)).rejects.toThrow(/E11000/);
    await c.doc('b').remove();
    await db.admin.createIndex('daily_stats', index);
    await expect(c.add({ data: { _id: 'c', subject: 'P1', day: '20261201' } })).rejects.toMatchObject({
      errCode: -502001,
      message: expect.stringMatching(/index: subject_1_day_1/),
    });
    // Replacing or patching a document into another's key is refused too.
    await c.add({ data: { _id: 'd', subject: 'P1', day: '20261202' } });
    await expect(c.doc('d').set({ data: { subject: 'P1', day: '20261201' } })).rejects.toThrow(/E11000/);
    await expect(c.doc('d').update({ data: { day: '20261201' } })).rejects.toThrow(/E11000/);
    expect(db.dump('daily_stats').map((d) => d.day)).toEqual(['20261201', '20261202']);
  });

  it('shows a setup without its unique indexes as lost idempotency: a retried request is stored twice', async () => {
    const request: RequestRow = workRequest(1, {
      owner: 'o-a',
      clientId: 'c-1',
      title: '法律咨询 · 其他',
      payload: {},
      createdAt: 1,
      updatedAt: 1,
      dueAt: 2,
    });
    const retry = { ...request, id: 'r000000000000000000000002' };
    const bare = createStandinDatabase();
    await setupDatabase(
      bare.admin,
      COLLECTION_SPECS.map((s) => ({ ...s, indexes: s.indexes.filter((i) => !i.unique) })),
    );
    const careless = createCloudbaseStore(bare);
    await careless.requests.create(request, []);
    await careless.requests.create(retry, []);
    expect(bare.dump('requests')).toHaveLength(2);

    const ready = await createReadyStandin();
    const store = createCloudbaseStore(ready);
    await store.requests.create(request, []);
    expect(await store.requests.create(retry, [])).toMatchObject({ created: false, id: request.id });
    expect(ready.dump('requests')).toHaveLength(1);
  });
});
