/**
 * The function manifest is the one source of each function's deployment: the build writes every config.json from it
 * (no hand-written copy left in the source), the cron trigger is the promise timer, and the deploy's checks refuse a
 * spec CloudBase would refuse (runtime, memory, timeout 1–900 s, a 7-field timer) and a collections.json index whose
 * name does not follow from its keys.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configJsonOf, MANIFEST, type FunctionSpec } from '~/cloudfunctions/functions/manifest';
import { COLLECTION_SPECS } from '~/cloudfunctions/store/cloudbase/setup';
import { buildFunctions } from '~/scripts/build-functions';
import { collectionProblems, specProblems } from '~/scripts/deploy/validate';

const root = resolve(__dirname, '../..');
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'pp-fn-'));
  await buildFunctions(out, () => undefined);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('every built config.json equals the manifest, and no hand-written config.json is left in the source', () => {
  expect(readdirSync(out).sort()).toEqual(Object.keys(MANIFEST).sort());
  for (const [name, spec] of Object.entries(MANIFEST)) {
    expect(JSON.parse(readFileSync(join(out, name, 'config.json'), 'utf8'))).toEqual(configJsonOf(spec));
    expect(existsSync(join(root, 'cloudfunctions/functions', name, 'config.json'))).toBe(false);
  }
  expect(JSON.parse(readFileSync(join(out, 'cron', 'config.json'), 'utf8'))).toEqual({
    permissions: { openapi: ['subscribeMessage.send'] },
    triggers: [{ name: 'promiseTimer', type: 'timer', config: '0 */10 * * * * *' }],
  });
  expect(JSON.parse(readFileSync(join(out, 'admin', 'config.json'), 'utf8')).permissions.openapi).toEqual([
    'wxacode.getUnlimited',
    'security.msgSecCheck',
  ]);
});

test('each function declares only what it reads: scan and admin the salt, work the data key', () => {
  const names = (fn: keyof typeof MANIFEST) => MANIFEST[fn].env.filter((v) => v.required).map((v) => v.name);
  expect(names('scan')).toEqual(['VISITOR_SALT']);
  expect(names('resident')).toEqual(['VISITOR_SALT', 'DATA_KEY']);
  expect(names('work')).toEqual(['DATA_KEY']);
  expect(names('admin')).toEqual(['VISITOR_SALT']);
  expect(names('cron')).toEqual([]);
});

test('the manifest passes the deploy checks, and a spec CloudBase would refuse is named', () => {
  for (const [name, spec] of Object.entries(MANIFEST)) expect(specProblems(name, spec)).toEqual([]);
  const bad: FunctionSpec = {
    runtime: 'Nodejs20.0' as FunctionSpec['runtime'],
    memoryMB: 300 as FunctionSpec['memoryMB'],
    timeoutS: 901,
    env: [{ name: 'A-B', required: true, secret: false }],
    openapi: [],
    triggers: [{ name: 'tick', type: 'timer', config: '*/10 * * * *' }],
  };
  expect(specProblems('x', bad)).toEqual([
    'function x: runtime Nodejs20.0 is not one of Nodejs16.13, Nodejs18.15',
    'function x: memory 300 MB is not one of 128, 256, 512, 1024, 2048',
    'function x: timeout 901 s is not a whole number of seconds in 1–900',
    'function x: A-B is not a valid variable name',
    'function x: trigger tick "*/10 * * * *" is not a 7-field cron (second minute hour day month weekday year)',
  ]);
  expect(specProblems('x', { ...MANIFEST.scan, timeoutS: 0 })).toEqual([
    'function x: timeout 0 s is not a whole number of seconds in 1–900',
  ]);
});

test('collections.json is well-formed, and a broken index is named', () => {
  expect(collectionProblems(COLLECTION_SPECS)).toEqual([]);
  const posts = COLLECTION_SPECS.find((c) => c.name === 'posts')!;
  const broken = [
    ...COLLECTION_SPECS.filter((c) => c.name !== 'posts'),
    {
      ...posts,
      indexes: [
        ...posts.indexes,
        { name: 'status_1', unique: false, keys: [{ field: 'status', direction: '-1' as const }] },
        { name: 'location_2dsphere', unique: true, keys: [{ field: 'location', direction: '2dsphere' as const }] },
        { name: '$bad_1', unique: false, keys: [{ field: '$bad', direction: '1' as const }] },
      ],
    },
  ];
  const problems = collectionProblems(broken);
  expect(problems).toContain('collections.json: posts: an index name is repeated');
  expect(problems).toContain('collections.json: posts.status_1: the name should be status_-1 (from its keys)');
  expect(problems).toContain('collections.json: posts.location_2dsphere: a 2dsphere index cannot be unique');
  expect(problems).toContain('collections.json: posts.$bad_1: "$bad" is not a valid field path');
  expect(collectionProblems(COLLECTION_SPECS.filter((c) => c.name !== 'scans'))).toEqual([
    'collections.json: scans is used by the adapter but not declared',
  ]);
});
