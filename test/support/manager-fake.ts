/**
 * A recording fake of the CloudBase manager SDK surface the deploy kit drives (scripts/deploy/sdk.ts), at least as
 * strict as the service where the kit depends on it: collections must exist before indexes, rules and imports;
 * index and trigger names are unique; runtimes, memory sizes and timeouts outside what CloudBase offers are
 * refused; a runtime cannot change after creation; env variables are at most 4 KB; a function's folder must hold
 * index.js and package.json; an insert import fails on an `_id` already stored; the import file is read with the
 * import format's rules. Every call is recorded as `{method, args}`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeFile, IMPORT_GEO } from '~/cloudfunctions/store/cloudbase/import-format';
import type { CloudDoc } from '~/cloudfunctions/store/cloudbase/sdk';
import type { CloudFunctionDef, ManagerSdk, MgoCreateIndex, SecurityRule, StorageAcl } from '~/scripts/deploy/sdk';

/** Node runtimes CloudBase lists for event functions. */
export const FAKE_RUNTIMES = ['Nodejs10.15', 'Nodejs12.16', 'Nodejs14.18', 'Nodejs16.13', 'Nodejs18.15'];
const MEMORY = [64, 128, 256, 512, 1024, 2048, 3072];
const ACLS: StorageAcl[] = ['READONLY', 'PRIVATE', 'ADMINWRITE', 'ADMINONLY', 'CUSTOM'];

/** A function as the fake stores it. */
export interface FakeFunction {
  runtime: string;
  memorySize: number;
  timeout: number;
  env: Record<string, string>;
  triggers: { TriggerName: string; Type: string; TriggerDesc: string }[];
  codeFrom: string;
  codeUploads: number;
}

/** The fake and what it holds. */
export interface ManagerFake {
  sdk: ManagerSdk;
  calls: { method: string; args: unknown[] }[];
  collections: Map<string, { indexes: MgoCreateIndex[]; permission: string | null; docs: Map<string, CloudDoc> }>;
  functions: Map<string, FakeFunction>;
  storageAcl: { acl: StorageAcl; rule?: SecurityRule } | null;
  /** Storage paths of uploads not removed. */
  uploads: Set<string>;
}

const fail = (code: string, message: string) => Object.assign(new Error(`[${code}] ${message}`), { code });

function checkFunctionConfig(def: Partial<CloudFunctionDef>): void {
  if (def.memorySize !== undefined && !MEMORY.includes(def.memorySize)) {
    throw fail('InvalidParameterValue.MemorySize', `MemorySize ${def.memorySize} is not supported`);
  }
  if (def.timeout !== undefined && (!Number.isInteger(def.timeout) || def.timeout < 1 || def.timeout > 900)) {
    throw fail('InvalidParameterValue.Timeout', `Timeout ${def.timeout} is out of 1-900`);
  }
  const env = def.envVariables ?? {};
  for (const [k, value] of Object.entries(env)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) || typeof value !== 'string') {
      throw fail('InvalidParameterValue.Environment', `bad variable ${k}`);
    }
  }
  if (JSON.stringify(env).length > 4096) throw fail('InvalidParameterValue.Environment', 'variables exceed 4 KB');
}

function checkCode(def: CloudFunctionDef, root: string): string {
  const dir = join(root, def.name);
  for (const f of ['index.js', 'package.json']) {
    if (!existsSync(join(dir, f))) throw fail('InvalidParameterValue.Code', `${dir} has no ${f}`);
  }
  if ((def.handler ?? 'index.main') !== 'index.main') throw fail('InvalidParameterValue.Handler', `${def.handler}`);
  return dir;
}

function timer(name: string, t: { name: string; type: string; config: string }) {
  if (t.type !== 'timer') throw fail('InvalidParameterValue.Type', `trigger type ${t.type}`);
  if (t.config.trim().split(/\s+/).length !== 7)
    throw fail('InvalidParameterValue.TriggerDesc', `${name}: ${t.config}`);
  return { TriggerName: t.name, Type: t.type, TriggerDesc: t.config };
}

/** A fresh fake environment (no collections, no functions). */
export function createManagerFake(): ManagerFake {
  const calls: ManagerFake['calls'] = [];
  const collections: ManagerFake['collections'] = new Map();
  const functions = new Map<string, FakeFunction>();
  const uploads = new Set<string>();
  const jobs = new Map<number, { ok: number; fail: number; error: string }>();
  const fake = { calls, collections, functions, uploads, storageAcl: null } as Omit<ManagerFake, 'sdk'>;
  const coll = (name: string) => {
    const c = collections.get(name);
    if (!c) throw fail('ResourceNotFound', `collection ${name} does not exist`);
    return c;
  };
  const fn = (name: string) => {
    const f = functions.get(name);
    if (!f) throw fail('ResourceNotFound.Function', `function ${name} does not exist`);
    return f;
  };
  const rec =
    <A extends unknown[], R>(method: string, body: (...args: A) => R) =>
    async (...args: A): Promise<Awaited<R>> => {
      calls.push({ method, args: JSON.parse(JSON.stringify(args)) });
      return await body(...args);
    };

  const sdk: ManagerSdk = {
    database: {
      listCollections: rec('database.listCollections', (o?: { MgoLimit?: number; MgoOffset?: number }) => {
        const limit = o?.MgoLimit ?? 100;
        const offset = o?.MgoOffset ?? 0;
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw fail('InvalidParameter', `MgoLimit ${limit}`);
        const names = [...collections.keys()].sort();
        return {
          Collections: names.slice(offset, offset + limit).map((CollectionName) => ({ CollectionName })),
          Pager: { Total: names.length },
        };
      }),
      createCollection: rec('database.createCollection', (name: string) => {
        if (collections.has(name)) throw fail('ResourceInUse', `collection ${name} exists`);
        collections.set(name, { indexes: [], permission: null, docs: new Map() });
      }),
      describeCollection: rec('database.describeCollection', (name: string) => ({
        Indexes: [{ Name: '_id_' }, ...coll(name).indexes.map((i) => ({ Name: i.IndexName }))],
      })),
      updateCollection: rec('database.updateCollection', (name: string, info: { CreateIndexes?: MgoCreateIndex[] }) => {
        const c = coll(name);
        for (const index of info.CreateIndexes ?? []) {
          if (c.indexes.some((i) => i.IndexName === index.IndexName))
            throw fail('ResourceInUse', `index ${index.IndexName}`);
          const keys = index.MgoKeySchema.MgoIndexKeys;
          if (keys.length === 0 || keys.some((k) => !['1', '-1', '2dsphere'].includes(k.Direction) || !k.Name)) {
            throw fail('InvalidParameter', `index ${index.IndexName} keys`);
          }
          if (index.MgoKeySchema.MgoIsUnique && keys.some((k) => k.Direction === '2dsphere')) {
            throw fail('InvalidParameter', `a 2dsphere index cannot be unique`);
          }
          c.indexes.push(JSON.parse(JSON.stringify(index)));
        }
      }),
      import: rec(
        'database.import',
        (
          collection: string,
          file: { FilePath: string; FileType: string },
          o: { ObjectKeyPrefix: string; StopOnError: boolean; ConflictMode: 'insert' | 'upsert' },
        ) => {
          if (file.FileType !== 'json' && file.FileType !== 'csv')
            throw fail('InvalidParameter', `FileType ${file.FileType}`);
          if (!o.ObjectKeyPrefix.endsWith('/')) throw fail('InvalidParameter', 'ObjectKeyPrefix');
          uploads.add(`${o.ObjectKeyPrefix}${basename(file.FilePath)}`);
          const c = coll(collection);
          const jobId = jobs.size + 1;
          try {
            const docs = decodeFile(readFileSync(file.FilePath, 'utf8'), file.FilePath, IMPORT_GEO);
            const taken = docs.find((d) => c.docs.has(d._id));
            if (o.ConflictMode === 'insert' && taken) throw new Error(`E11000 duplicate key _id ${taken._id}`);
            for (const d of docs) c.docs.set(d._id, d);
            jobs.set(jobId, { ok: docs.length, fail: 0, error: '' });
          } catch (err) {
            jobs.set(jobId, { ok: 0, fail: 1, error: (err as Error).message });
          }
          return { JobId: jobId };
        },
      ),
      migrateStatus: rec('database.migrateStatus', (jobId: number) => {
        const job = jobs.get(jobId);
        if (!job) throw fail('ResourceNotFound', `job ${jobId}`);
        return {
          Status: job.fail ? 'fail' : 'success',
          RecordSuccess: job.ok,
          RecordFail: job.fail,
          ErrorMsg: job.error,
        };
      }),
    },
    permission: {
      modifyResourcePermission: rec('permission.modifyResourcePermission', (o) => {
        const c = coll(o.resource);
        if (o.permission === 'CUSTOM') {
          const rule = JSON.parse(o.securityRule ?? 'null') as Record<string, unknown> | null;
          if (!rule || !('read' in rule) || !('write' in rule)) throw fail('InvalidParameter', 'securityRule');
        }
        c.permission = o.permission === 'CUSTOM' ? `CUSTOM ${o.securityRule}` : o.permission;
      }),
    },
    storage: {
      setStorageAcl: rec('storage.setStorageAcl', (acl: StorageAcl, rule?: SecurityRule) => {
        if (!ACLS.includes(acl)) throw fail('InvalidParameter', `acl ${acl}`);
        if (acl === 'CUSTOM' && !rule) throw fail('InvalidParameter', 'CUSTOM needs a rule');
        fake.storageAcl = { acl, ...(rule ? { rule } : {}) };
      }),
      deleteFile: rec('storage.deleteFile', (paths: string[]) => {
        for (const p of paths) uploads.delete(p);
      }),
    },
    functions: {
      getFunctionList: rec('functions.getFunctionList', (limit = 20, offset = 0) => {
        if (limit < 1 || limit > 100) throw fail('InvalidParameter', `Limit ${limit}`);
        const names = [...functions.keys()].sort();
        return {
          Functions: names.slice(offset, offset + limit).map((FunctionName) => ({ FunctionName })),
          TotalCount: names.length,
        };
      }),
      getFunctionDetail: rec('functions.getFunctionDetail', (name: string) => {
        const f = fn(name);
        return { Runtime: f.runtime, Triggers: f.triggers.map((t) => ({ ...t })) };
      }),
      createFunction: rec(
        'functions.createFunction',
        (p: { func: CloudFunctionDef; functionRootPath: string; force: boolean }) => {
          const def = p.func;
          if (functions.has(def.name) && !p.force) throw fail('ResourceInUse.Function', `function ${def.name} exists`);
          if (!def.runtime || !FAKE_RUNTIMES.includes(def.runtime))
            throw fail('InvalidParameterValue.Runtime', `${def.runtime}`);
          checkFunctionConfig(def);
          const codeFrom = checkCode(def, p.functionRootPath);
          const triggers = (def.triggers ?? []).map((t) => timer(def.name, t));
          functions.set(def.name, {
            runtime: def.runtime,
            memorySize: def.memorySize ?? 256,
            timeout: def.timeout ?? 3,
            env: { ...(def.envVariables ?? {}) },
            triggers,
            codeFrom,
            codeUploads: 1,
          });
        },
      ),
      updateFunctionCode: rec(
        'functions.updateFunctionCode',
        (p: { func: CloudFunctionDef; functionRootPath: string }) => {
          const f = fn(p.func.name);
          f.codeFrom = checkCode(p.func, p.functionRootPath);
          f.codeUploads++;
        },
      ),
      updateFunctionConfig: rec('functions.updateFunctionConfig', (def: CloudFunctionDef) => {
        const f = fn(def.name);
        if (def.runtime !== undefined && def.runtime !== f.runtime) {
          throw fail('InvalidParameter', 'Runtime can only be set when a function is created');
        }
        checkFunctionConfig(def);
        if (def.memorySize !== undefined) f.memorySize = def.memorySize;
        if (def.timeout !== undefined) f.timeout = def.timeout;
        // The SDK sends Environment only when there are variables, and then replaces them all.
        if (def.envVariables && Object.keys(def.envVariables).length > 0) f.env = { ...def.envVariables };
      }),
      createFunctionTriggers: rec('functions.createFunctionTriggers', (name: string, triggers) => {
        const f = fn(name);
        for (const t of triggers) {
          if (f.triggers.some((x) => x.TriggerName === t.name))
            throw fail('ResourceInUse.Trigger', `${name}/${t.name}`);
          f.triggers.push(timer(name, t));
        }
      }),
      deleteFunctionTrigger: rec('functions.deleteFunctionTrigger', (name: string, triggerName: string) => {
        const f = fn(name);
        if (!f.triggers.some((t) => t.TriggerName === triggerName)) throw fail('ResourceNotFound.Trigger', triggerName);
        f.triggers = f.triggers.filter((t) => t.TriggerName !== triggerName);
      }),
    },
  };
  return Object.assign(fake, { sdk }) as ManagerFake;
}
