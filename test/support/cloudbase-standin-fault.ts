/**
 * Fault injection over a CloudDatabase (usually the stand-in): chosen calls fail as a crash or a network error
 * would, in one of two ways. 'before': the call never reaches the server, nothing is written. 'lost': the write
 * lands and its reply is lost (the connection drops on the way back), so the caller sees an error for a write that
 * happened: the case that idempotency and repair sweeps exist for.
 */
import type {
  CloudCollection,
  CloudData,
  CloudDatabase,
  CloudDoc,
  CloudDocumentRef,
  CloudQuery,
} from '~/cloudfunctions/store/cloudbase/sdk';

/**
 * The calls that can be made to fail: `add` of a collection; `set`, `update` and `remove` of one of its documents;
 * `updateWhere` and `removeWhere`, a query's `where(…).update()` and `where(…).remove()`.
 */
export type Op = 'add' | 'update' | 'set' | 'remove' | 'updateWhere' | 'removeWhere';

/** How a chosen call fails; `true` is 'before'. */
export type FaultKind = 'before' | 'lost';

/** Decides, per call (`n` counts calls per collection and op, from 1), whether and how it fails. */
export type FaultRule = (collection: string, op: Op, n: number) => boolean | FaultKind;

/** The error a caller sees; the same whether or not the write landed, as on a real network. */
const fault = () => new Error('injected fault: connection reset');

/** Wraps a database so that the calls `fails` picks fail before their write or after it. */
export function withFault(db: CloudDatabase, fails: FaultRule): CloudDatabase {
  const calls = new Map<string, number>();
  const kind = (collection: string, op: Op): FaultKind | null => {
    const n = (calls.get(`${collection}.${op}`) ?? 0) + 1;
    calls.set(`${collection}.${op}`, n);
    const k = fails(collection, op, n);
    return k === true ? 'before' : k === false ? null : k;
  };
  function call<T>(collection: string, op: Op, run: () => Promise<T>): Promise<T> {
    const k = kind(collection, op);
    if (k === 'before') return Promise.reject(fault());
    if (k === 'lost') return run().then(() => Promise.reject(fault()));
    return run();
  }
  const wrapQuery = (name: string, real: CloudQuery): CloudQuery => {
    const wrapped = Object.create(real) as CloudQuery;
    return Object.assign(wrapped, {
      where: (c: Parameters<CloudQuery['where']>[0]) => wrapQuery(name, real.where(c)),
      orderBy: (f: string, d: 'asc' | 'desc') => wrapQuery(name, real.orderBy(f, d)),
      skip: (n: number) => wrapQuery(name, real.skip(n)),
      limit: (n: number) => wrapQuery(name, real.limit(n)),
      update: (o: { data: CloudData }) => call(name, 'updateWhere', () => real.update(o)),
      remove: () => call(name, 'removeWhere', () => real.remove()),
    });
  };
  return {
    command: db.command,
    Geo: db.Geo,
    serverDate: () => db.serverDate(),
    collection(name) {
      const real = db.collection(name);
      const wrapped = wrapQuery(name, real) as CloudCollection;
      return Object.assign(wrapped, {
        add: (options: { data: CloudDoc }) => call(name, 'add', () => real.add(options)),
        doc: (id: string): CloudDocumentRef => {
          const ref = real.doc(id);
          return {
            get: () => ref.get(),
            update: (o: { data: CloudData }) => call(name, 'update', () => ref.update(o)),
            set: (o: { data: CloudData }) => call(name, 'set', () => ref.set(o)),
            remove: () => call(name, 'remove', () => ref.remove()),
          };
        },
      });
    },
  };
}
