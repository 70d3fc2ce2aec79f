/** Fault injection over a CloudDatabase (usually the stand-in): chosen calls fail as a crash or network error would. */
import type { CloudCollection, CloudData, CloudDatabase, CloudDoc } from '../../cloudfunctions/store/cloudbase/sdk';

/** The calls that can be made to fail: `add` of a collection, `update` and `set` of one of its documents. */
export type Op = 'add' | 'update' | 'set';

/** Wraps a database so that chosen calls fail (`n` counts calls per collection and op, from 1). */
export function withFault(db: CloudDatabase, fails: (collection: string, op: Op, n: number) => boolean): CloudDatabase {
  const calls = new Map<string, number>();
  const hit = (collection: string, op: Op) => {
    const n = (calls.get(`${collection}.${op}`) ?? 0) + 1;
    calls.set(`${collection}.${op}`, n);
    return fails(collection, op, n);
  };
  const fault = () => Promise.reject(new Error('injected fault: connection reset'));
  return {
    command: db.command,
    Geo: db.Geo,
    serverDate: () => db.serverDate(),
    collection(name) {
      const real = db.collection(name);
      const wrapped = Object.create(real) as CloudCollection;
      return Object.assign(wrapped, {
        add: (options: { data: CloudDoc }) => (hit(name, 'add') ? fault() : real.add(options)),
        doc: (id: string) => {
          const ref = real.doc(id);
          return {
            ...ref,
            update: (o: { data: CloudData }) => (hit(name, 'update') ? fault() : ref.update(o)),
            set: (o: { data: CloudData }) => (hit(name, 'set') ? fault() : ref.set(o)),
          };
        },
      });
    },
  };
}
