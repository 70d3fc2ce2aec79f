/**
 * `npm run deploy -- --dry-run`: with .env.example's values (what CI passes) every check passes and every step is
 * printed, secrets shown only as <set>; a missing secret, a stale bundle, a malformed import file or a missing env
 * file are refused by name before anything happens. No network: the dry run never connects.
 */
import { parse } from 'dotenv';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildFunctions } from '~/scripts/build-functions';
import { parseDeployArgs } from '~/scripts/deploy';
import { deploy, type DeployOptions } from '~/scripts/deploy/run';

const root = resolve(__dirname, '../..');
const example = parse(readFileSync(join(root, '.env.example')));
let tmp: string;
let built: string;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pp-deploy-'));
  built = join(tmp, 'functions');
  await buildFunctions(built, () => undefined);
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function dryRun(patch: Partial<DeployOptions> = {}) {
  const lines: string[] = [];
  const connect = jest.fn();
  const code = await deploy(
    {
      dryRun: true,
      env: { ...example },
      envSource: '.env.example',
      functionsDir: built,
      loadMode: 'insert',
      log: (l) => lines.push(l),
      ...patch,
    },
    connect,
  );
  expect(connect).not.toHaveBeenCalled();
  return { code, out: lines.join('\n') };
}

test('with .env.example the dry run passes and prints every step', async () => {
  const { code, out } = await dryRun();
  expect(code).toBe(0);
  expect(out).toContain('database: create collection posts');
  expect(out).toContain('database: create index posts: location_2dsphere (location:2dsphere)');
  expect(out).toContain('database: create index requests: owner_1_clientId_1 (owner:1,clientId:1) unique');
  expect(out).toContain('database: set rule scans: ADMINONLY');
  expect(out).toMatch(/storage: set rule CUSTOM .*resource\.openid == auth\.openid/);
  expect(out).toMatch(/function scan: Nodejs18\.15, 256 MB, timeout 5 s.*env VISITOR_SALT=<set>; openapi none/);
  expect(out).toMatch(
    /function admin: .*env VISITOR_SALT=<set> ADMIN_BOOTSTRAP_SECRET=<unset>.*; openapi wxacode\.getUnlimited/,
  );
  expect(out).toContain('trigger promiseTimer "0 */10 * * * * *"');
  expect(out).toContain('dry run: every check passed; nothing was changed.');
});

test('no secret value is ever printed', async () => {
  const secrets = {
    TCB_SECRET_KEY: 'k-very-secret-0001',
    VISITOR_SALT: 'salt-very-secret-0002-salt-very-secret-0002',
    ADMIN_BOOTSTRAP_SECRET: 'boot-very-secret-0003',
  };
  const { code, out } = await dryRun({ env: { ...example, ...secrets } });
  expect(code).toBe(0);
  for (const value of [...Object.values(secrets), example.DATA_KEY!]) expect(out).not.toContain(value);
  expect(out).toContain('TCB_SECRET_KEY <set>');
  expect(out).toContain('ADMIN_BOOTSTRAP_SECRET <set>');
});

test('a first-admin secret too short to hold against guessing is refused by name', async () => {
  const { code, out } = await dryRun({ env: { ...example, ADMIN_BOOTSTRAP_SECRET: 'boot-0003' } });
  expect(code).toBe(1);
  expect(out).toContain('ADMIN_BOOTSTRAP_SECRET is shorter than 16 characters (needed by admin)');
  expect(out).not.toContain('boot-0003');
});

test('a missing secret is refused by name, with the functions that need it, before any step', async () => {
  const { VISITOR_SALT: _gone, ...env } = example;
  const { code, out } = await dryRun({ env: { ...env, DATA_KEY: 'c2hvcnQ=' } });
  expect(code).toBe(1);
  expect(out).toContain('VISITOR_SALT is not set (needed by scan, resident, admin)');
  expect(out).toContain('DATA_KEY is not the base64 of 32 bytes (needed by resident, work)');
  expect(out).toContain('VISITOR_SALT <missing>');
  expect(out).not.toContain('database:');
});

test('a bundle missing or built from another manifest is refused', async () => {
  const stale = join(tmp, 'stale');
  cpSync(built, stale, { recursive: true });
  rmSync(join(stale, 'work', 'index.js'));
  writeFileSync(join(stale, 'cron', 'config.json'), JSON.stringify({ permissions: { openapi: [] } }));
  const { code, out } = await dryRun({ functionsDir: stale });
  expect(code).toBe(1);
  expect(out).toContain('bundles: work/index.js is missing');
  expect(out).toContain('bundles: cron/config.json differs from the manifest');
});

test('import files are read as CloudBase would: a malformed line is refused by file and line', async () => {
  const dir = join(tmp, 'load-bad');
  mkdirSync(dir);
  writeFileSync(join(dir, 'regions.json'), '{"_id":"220800","name":"白城市"}\n{"_id": "220802", name: 1}\n');
  const { code, out } = await dryRun({ loadDir: dir });
  expect(code).toBe(1);
  expect(out).toMatch(/load: .*regions\.json:2: not a JSON document/);
  writeFileSync(join(dir, 'regions.json'), '{"_id":"220800","name":"白城市","level":"city"}\n');
  const ok = await dryRun({ loadDir: dir });
  expect(ok.code).toBe(0);
  expect(ok.out).toContain('load regions.json: 1 documents (insert)');
});

test('the command line: --env-file names a file that must exist; unknown flags are refused', () => {
  expect(() => parseDeployArgs(['--dry-run', '--env-file', join(tmp, 'nope.env')], {}, () => undefined)).toThrow(
    /--env-file .*nope\.env: no such file/,
  );
  expect(() => parseDeployArgs(['--dryrun'], {}, () => undefined)).toThrow(/unknown argument: --dryrun/);
  const o = parseDeployArgs(
    ['--dry-run', '--env-file', join(root, '.env.example')],
    { VISITOR_SALT: 'from-shell' },
    () => undefined,
  );
  expect(o.dryRun).toBe(true);
  // The process environment wins over the file.
  expect(o.env.VISITOR_SALT).toBe('from-shell');
  expect(o.env.TCB_ENV_ID).toBe(example.TCB_ENV_ID);
});

test('.env.example explains every variable the kit and the functions read', async () => {
  const text = readFileSync(join(root, '.env.example'), 'utf8');
  const { MANIFEST } = await import('~/cloudfunctions/functions/manifest');
  const { KIT_VARS } = await import('~/scripts/deploy/kit-env');
  const names = new Set([
    ...KIT_VARS.map((v) => v.name),
    ...Object.values(MANIFEST).flatMap((s) => s.env.map((v) => v.name)),
  ]);
  for (const name of names) {
    expect(text).toMatch(new RegExp(`^${name}=`, 'm'));
    // A comment right above (the explanation).
    expect(text).toMatch(new RegExp(`^#.*\\n${name}=`, 'm'));
  }
  expect(Object.keys(example).sort()).toEqual([...names].sort());
});
