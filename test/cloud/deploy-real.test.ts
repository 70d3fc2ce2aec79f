/**
 * The real deploy against a recording fake of the CloudBase manager SDK (test/support/manager-fake.ts): a fresh
 * environment gets every collection, index and rule, the storage rule and every function as the manifest says; a
 * second deploy (an upgrade) adds nothing that exists; a trigger whose schedule changed is replaced; a runtime that
 * cannot change is refused by name; .env.example's values are refused before anything is called.
 */
import { parse } from 'dotenv';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MANIFEST } from '~/cloudfunctions/functions/manifest';
import { COLLECTION_SPECS } from '~/cloudfunctions/store/cloudbase/setup';
import storageRules from '~/cloudfunctions/store/cloudbase/storage-rules.json';
import { buildFunctions } from '~/scripts/build-functions';
import { writeNetworkFiles } from '~/scripts/deploy/network-files';
import { deploy, type DeployOptions } from '~/scripts/deploy/run';
import { demoDataset } from '../support/local-harness';
import { createManagerFake, type ManagerFake } from '../support/manager-fake';

const example = parse(readFileSync(resolve(__dirname, '../../.env.example')));
const env = {
  ...example,
  TCB_ENV_ID: 'pp-test-1a2b',
  TCB_SECRET_ID: 'AKIDtest',
  TCB_SECRET_KEY: 'test-key-not-printed',
  VISITOR_SALT: randomBytes(16).toString('hex'),
  DATA_KEY: randomBytes(32).toString('base64'),
  ADMIN_BOOTSTRAP_SECRET: 'first-admin-secret',
  SUBSCRIBE_TMPL_PROGRESS: 'tmpl-progress-id',
};
let tmp: string;
let built: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pp-deploy-real-'));
  built = join(tmp, 'functions');
  await buildFunctions(built, () => undefined);
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(fake: ManagerFake, patch: Partial<DeployOptions> = {}) {
  const lines: string[] = [];
  const code = await deploy(
    {
      dryRun: false,
      env,
      envSource: 'test',
      functionsDir: built,
      loadMode: 'insert',
      log: (l) => lines.push(l),
      pollMs: 0,
      ...patch,
    },
    () => fake.sdk,
  );
  return { code, out: lines.join('\n') };
}

test('a fresh environment gets every collection, index, rule and function as declared', async () => {
  const fake = createManagerFake();
  const { code, out } = await run(fake);
  expect(code).toBe(0);
  expect([...fake.collections.keys()].sort()).toEqual(COLLECTION_SPECS.map((c) => c.name).sort());
  for (const spec of COLLECTION_SPECS) {
    const c = fake.collections.get(spec.name)!;
    expect(c.permission).toBe('ADMINONLY');
    expect(c.indexes.map((i) => [i.IndexName, i.MgoKeySchema.MgoIsUnique])).toEqual(
      spec.indexes.map((i) => [i.name, i.unique]),
    );
  }
  expect(
    fake.collections.get('posts')!.indexes.find((i) => i.IndexName === 'location_2dsphere')!.MgoKeySchema.MgoIndexKeys,
  ).toEqual([{ Name: 'location', Direction: '2dsphere' }]);
  expect(fake.storageAcl).toEqual({ acl: 'CUSTOM', rule: storageRules.rule });
  for (const [name, spec] of Object.entries(MANIFEST)) {
    const f = fake.functions.get(name)!;
    expect([f.runtime, f.memorySize, f.timeout]).toEqual([spec.runtime, spec.memoryMB, spec.timeoutS]);
    expect(f.codeFrom).toBe(join(built, name));
  }
  // Each function gets exactly the variables it declares that are set (and the marker every function carries).
  const marker = (name: string) => ({ PIONEER_POST_FUNCTION: name });
  expect(fake.functions.get('scan')!.env).toEqual({ ...marker('scan'), VISITOR_SALT: env.VISITOR_SALT });
  expect(fake.functions.get('work')!.env).toEqual({
    ...marker('work'),
    DATA_KEY: env.DATA_KEY,
    SUBSCRIBE_TMPL_PROGRESS: 'tmpl-progress-id',
  });
  expect(fake.functions.get('admin')!.env).toEqual({
    ...marker('admin'),
    VISITOR_SALT: env.VISITOR_SALT,
    ADMIN_BOOTSTRAP_SECRET: 'first-admin-secret',
  });
  expect(fake.functions.get('cron')!.triggers).toEqual([
    { TriggerName: 'promiseTimer', Type: 'timer', TriggerDesc: '0 */10 * * * * *' },
  ]);
  for (const secret of [env.TCB_SECRET_KEY, env.VISITOR_SALT, env.DATA_KEY, env.ADMIN_BOOTSTRAP_SECRET]) {
    expect(out).not.toContain(secret);
  }
  expect(out).toContain('created cron with 1 trigger(s)');
  expect(out).toContain('deploy: done.');
});

test('deploying again (an upgrade) creates nothing that exists and updates every function in place', async () => {
  const fake = createManagerFake();
  await run(fake);
  fake.calls.length = 0;
  const { code, out } = await run(fake);
  expect(code).toBe(0);
  const methods = fake.calls.map((c) => c.method);
  expect(methods).not.toContain('database.createCollection');
  expect(methods).not.toContain('database.updateCollection');
  expect(methods).not.toContain('functions.createFunction');
  expect(methods).not.toContain('functions.createFunctionTriggers');
  expect(methods.filter((m) => m === 'functions.updateFunctionCode')).toHaveLength(Object.keys(MANIFEST).length);
  expect(fake.functions.get('scan')!.codeUploads).toBe(2);
  expect(out).toContain('database: create collection posts (exists)');
  expect(out).toContain('database: create index posts: location_2dsphere (location:2dsphere) (exists)');
});

test('a secret taken out of the environment is taken out of the function (the bootstrap secret after the first admin)', async () => {
  const fake = createManagerFake();
  await run(fake);
  expect(fake.functions.get('admin')!.env.ADMIN_BOOTSTRAP_SECRET).toBe('first-admin-secret');
  const { ADMIN_BOOTSTRAP_SECRET: _bound, ...rest } = env;
  await run(fake, { env: rest });
  expect(fake.functions.get('admin')!.env).toEqual({ PIONEER_POST_FUNCTION: 'admin', VISITOR_SALT: env.VISITOR_SALT });
});

test('a new index in a release is added; a trigger whose schedule changed in the console is put back', async () => {
  const fake = createManagerFake();
  await run(fake);
  const posts = fake.collections.get('posts')!;
  posts.indexes = posts.indexes.filter((i) => i.IndexName !== 'villageCode_1__id_1');
  fake.functions.get('cron')!.triggers = [{ TriggerName: 'promiseTimer', Type: 'timer', TriggerDesc: '0 0 * * * * *' }];
  fake.calls.length = 0;
  const { out } = await run(fake);
  expect(fake.calls.filter((c) => c.method === 'database.updateCollection').map((c) => c.args[0])).toEqual(['posts']);
  expect(posts.indexes.map((i) => i.IndexName)).toContain('villageCode_1__id_1');
  expect(fake.functions.get('cron')!.triggers).toEqual([
    { TriggerName: 'promiseTimer', Type: 'timer', TriggerDesc: '0 */10 * * * * *' },
  ]);
  expect(out).toContain('removed trigger promiseTimer of cron');
  expect(out).toContain('created trigger promiseTimer (0 */10 * * * * *) of cron');
});

test('a function created on another runtime is refused by name (CloudBase cannot change it in place)', async () => {
  const fake = createManagerFake();
  await run(fake);
  fake.functions.get('work')!.runtime = 'Nodejs16.13';
  await expect(run(fake)).rejects.toThrow(
    /function work runs Nodejs16\.13 in the cloud but the manifest says Nodejs18\.15/,
  );
});

test(".env.example's values are refused by name and nothing is called", async () => {
  const fake = createManagerFake();
  const { code, out } = await run(fake, { env: { ...example } });
  expect(code).toBe(1);
  expect(out).toContain('VISITOR_SALT still holds the .env.example value');
  expect(out).toContain('TCB_SECRET_KEY still holds the .env.example value');
  expect(fake.calls).toEqual([]);
});

test('the fake is as strict as the service: unknown runtime, timeout out of 1–900, odd memory, index before collection', async () => {
  const fake = createManagerFake();
  const f = { name: 'scan', memorySize: 256, timeout: 5, handler: 'index.main' };
  await expect(
    fake.sdk.functions.createFunction({ func: { ...f, runtime: 'Nodejs99.1' }, functionRootPath: built, force: false }),
  ).rejects.toThrow(/Runtime/);
  await expect(
    fake.sdk.functions.createFunction({
      func: { ...f, runtime: 'Nodejs18.15', timeout: 901 },
      functionRootPath: built,
      force: false,
    }),
  ).rejects.toThrow(/Timeout/);
  await expect(
    fake.sdk.functions.createFunction({
      func: { ...f, runtime: 'Nodejs18.15', timeout: 0 },
      functionRootPath: built,
      force: false,
    }),
  ).rejects.toThrow(/Timeout/);
  await expect(
    fake.sdk.functions.createFunction({
      func: { ...f, runtime: 'Nodejs18.15', memorySize: 300 },
      functionRootPath: built,
      force: false,
    }),
  ).rejects.toThrow(/MemorySize/);
  await expect(
    fake.sdk.functions.createFunction({ func: { ...f, runtime: 'Nodejs18.15' }, functionRootPath: tmp, force: false }),
  ).rejects.toThrow(/index\.js/);
  await expect(fake.sdk.database.updateCollection('posts', { CreateIndexes: [] })).rejects.toThrow(/does not exist/);
});

test('--load imports each file after the setup, removes the uploads, and refuses ids already there (insert)', async () => {
  const data = demoDataset();
  const dir = join(tmp, 'load');
  writeNetworkFiles(dir, {
    regions: data.regions.filter((r) => r.code.startsWith('220802') || r.code === '220800'),
    posts: data.posts.filter((p) => p.countyCode === '220802').slice(0, 50),
    services: data.services.slice(0, 5),
    volunteers: [],
    users: [],
    settings: { question_promise_hours: '48', visitor_salt: 'never-exported' },
  });
  const fake = createManagerFake();
  const { code, out } = await run(fake, { loadDir: dir });
  expect(code).toBe(0);
  expect(fake.collections.get('posts')!.docs.size).toBe(50);
  expect([...fake.collections.get('meta')!.docs.values()]).toEqual([{ _id: 'question_promise_hours', value: '48' }]);
  expect(fake.uploads.size).toBe(0);
  expect(out).toContain('posts: 50 documents (insert)');
  // The import ran after the collections existed.
  const methods = fake.calls.map((c) => c.method);
  expect(methods.indexOf('database.import')).toBeGreaterThan(methods.lastIndexOf('database.createCollection'));
  await expect(run(fake, { loadDir: dir })).rejects.toThrow(/load: regions failed: E11000 duplicate key/);
  expect(fake.uploads.size).toBe(0);
  const again = await run(fake, { loadDir: dir, loadMode: 'upsert' });
  expect(again.code).toBe(0);
});
