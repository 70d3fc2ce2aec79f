/**
 * The stand-in's time and faults: every database call is a round trip of simulated latency (parallel calls
 * overlap, sequential ones add up), an invocation past its function's timeout is cut off with its later writes
 * never landing, and a fault can lose a reply after its write landed, for every kind of write the adapter makes.
 */
import { createStandinDatabase, type StandinDatabase } from '../support/cloudbase-standin';
import { FunctionTimeout } from '../support/cloudbase-standin-clock';
import { type FaultKind, type Op, withFault } from '../support/cloudbase-standin-fault';

async function scratch(latencyMs?: number): Promise<StandinDatabase> {
  const db = createStandinDatabase({ latencyMs });
  await db.admin.createCollection('c');
  await db.collection('c').add({ data: [{ _id: 'x', n: 1, k: 'a' }] });
  return db;
}

describe('latency and the function timeout', () => {
  it('charges 20 ms a round trip by default: sequential calls add up, parallel ones overlap', async () => {
    const db = await scratch();
    const c = db.collection('c');
    const serial = await db.clock.measure(async () => {
      for (let i = 0; i < 3; i++) await c.doc('x').get();
    });
    expect(serial).toMatchObject({ roundTrips: 3, simulatedMs: 60 });
    const parallel = await db.clock.measure(() => Promise.all([c.get(), c.count(), c.doc('x').get()]));
    expect(parallel).toMatchObject({ roundTrips: 3, simulatedMs: 20 });
  });

  it('simulates without sleeping: 500 sequential calls at 20 ms (10 s simulated) take well under a second', async () => {
    const db = await scratch();
    const started = Date.now();
    const cost = await db.clock.measure(async () => {
      for (let i = 0; i < 500; i++) await db.collection('c').doc('x').get();
    });
    expect(cost.simulatedMs).toBe(10_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('cuts an invocation off at its timeout: the call that would end late fails and its write never lands', async () => {
    const db = await scratch(20);
    const c = db.collection('c');
    const run = db.clock.invoke(100, async () => {
      for (let i = 0; i < 10; i++) await c.add({ data: { _id: `w${i}` } });
    });
    await expect(run).rejects.toBeInstanceOf(FunctionTimeout);
    await expect(run).rejects.toThrow(/timed out after 0.1 seconds/);
    // 5 adds end by 100 ms; the 6th would end at 120 ms.
    expect(db.dump('c').map((d) => d._id)).toEqual(['x', 'w0', 'w1', 'w2', 'w3', 'w4']);
    // The deadline is gone once the invocation ends.
    expect(await db.clock.invoke(1_000, () => c.count())).toMatchObject({ value: { total: 6 }, roundTrips: 1 });
  });
});

describe('faults before the write and after it', () => {
  const writes: [Op, (db: ReturnType<typeof withFault>) => Promise<unknown>, (s: StandinDatabase) => boolean][] = [
    ['add', (db) => db.collection('c').add({ data: { _id: 'y', n: 1 } }), (s) => s.dump('c').length === 2],
    [
      'set',
      (db) =>
        db
          .collection('c')
          .doc('x')
          .set({ data: { n: 9 } }),
      (s) => s.dump('c')[0].n === 9,
    ],
    [
      'update',
      (db) =>
        db
          .collection('c')
          .doc('x')
          .update({ data: { n: db.command.inc(1) } }),
      (s) => s.dump('c')[0].n === 2,
    ],
    [
      'updateWhere',
      (db) =>
        db
          .collection('c')
          .where({ k: 'a' })
          .update({ data: { n: 5 } }),
      (s) => s.dump('c')[0].n === 5,
    ],
    ['remove', (db) => db.collection('c').doc('x').remove(), (s) => s.dump('c').length === 0],
    ['removeWhere', (db) => db.collection('c').where({ k: 'a' }).remove(), (s) => s.dump('c').length === 0],
  ];
  for (const [op, write, landed] of writes) {
    for (const kind of ['before', 'lost'] as FaultKind[]) {
      it(`${op}: a '${kind}' fault rejects, and the write ${kind === 'lost' ? 'landed' : 'did not land'}`, async () => {
        const standin = await scratch();
        const db = withFault(standin, (collection, o) => collection === 'c' && o === op && kind);
        await expect(write(db)).rejects.toThrow(/injected fault/);
        expect(landed(standin)).toBe(kind === 'lost');
      });
    }
  }
});
