/**
 * The deploy, step by step: validate everything offline (refusing by name whatever is missing or malformed), then
 * set up the database (collections, indexes, rules: only what is missing is created), set the storage rule, deploy
 * every function from its built folder and manifest entry, and load network files when asked. A dry run prints
 * the same steps and changes nothing; it needs no network and no credentials beyond their presence.
 */
import { parse } from 'dotenv';
import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { EnvValues } from '~/cloudfunctions/functions/env';
import { MANIFEST, type DeployableName } from '~/cloudfunctions/functions/manifest';
import { COLLECTION_SPECS, setupDatabase, type CloudDatabaseAdmin } from '~/cloudfunctions/store/cloudbase/setup';
import { collectionPermission, managerDatabaseAdmin } from './database-admin';
import { deployFunction, existingFunctions, functionDef } from './functions';
import { KIT_VARS, shown } from './kit-env';
import { loadFiles, type ConflictMode } from './load';
import { readImportFiles, type ImportFile } from './network-files';
import type { ManagerConfig, ManagerSdk } from './sdk';
import { STORAGE_RULE } from './storage-rule';
import {
  bundleProblems,
  collectionProblems,
  envProblems,
  placeholderProblems,
  specProblems,
  storageProblems,
} from './validate';

/** What a deploy is asked to do. */
export interface DeployOptions {
  dryRun: boolean;
  env: EnvValues;
  /** Where the environment came from, for the first line (e.g. ".env and the process environment"). */
  envSource: string;
  functionsDir: string;
  loadDir?: string;
  loadMode: ConflictMode;
  log: (line: string) => void;
  /** Progress polling of a load (ms); tests pass 0. */
  pollMs?: number;
}

const NAMES = Object.keys(MANIFEST) as DeployableName[];
const EXAMPLE = resolve(__dirname, '../../.env.example');

/** A management port that starts empty and records nothing: what a fresh environment would need. */
function emptyEnvironment(): CloudDatabaseAdmin {
  return {
    listCollections: async () => [],
    createCollection: async () => undefined,
    listIndexes: async () => [],
    createIndex: async () => undefined,
    setRule: async () => undefined,
  };
}

function printEnvironment(o: DeployOptions): void {
  o.log(`environment (${o.envSource}):`);
  for (const v of KIT_VARS) o.log(`  ${v.name} ${shown(v, o.env[v.name])}`);
  const vars = new Map(NAMES.flatMap((n) => MANIFEST[n].env.map((v) => [v.name, v] as const)));
  for (const v of vars.values()) {
    const users = NAMES.filter((n) => MANIFEST[n].env.some((e) => e.name === v.name)).join(', ');
    o.log(`  ${v.name} ${shown(v, o.env[v.name])}  (${users}${v.required ? '' : '; optional'})`);
  }
}

function functionLine(o: DeployOptions, name: DeployableName): string {
  const spec = MANIFEST[name];
  const index = join(o.functionsDir, name, 'index.js');
  const kb = (statSync(index).size / 1024).toFixed(1);
  const env = spec.env.map((v) => `${v.name}=${shown(v, o.env[v.name])}`).join(' ') || 'none';
  const triggers = spec.triggers.map((t) => `${t.name} "${t.config}"`).join(', ') || 'none';
  return (
    `function ${name}: ${spec.runtime}, ${spec.memoryMB} MB, timeout ${spec.timeoutS} s, from ${relative(process.cwd(), join(o.functionsDir, name)) || '.'} ` +
    `(index.js ${kb} KB); env ${env}; openapi ${spec.openapi.join(', ') || 'none'}; trigger ${triggers}`
  );
}

/** Every offline problem, plus the load files when asked (read now, so a bad line is refused before anything). */
function validate(o: DeployOptions): { problems: string[]; files: ImportFile[] } {
  const problems = [
    ...NAMES.flatMap((n) => specProblems(n, MANIFEST[n])),
    ...bundleProblems(o.functionsDir, NAMES),
    ...collectionProblems(COLLECTION_SPECS),
    ...storageProblems(STORAGE_RULE),
    ...envProblems(o.env, NAMES),
    ...(o.dryRun ? [] : placeholderProblems(o.env, parse(readFileSync(EXAMPLE)))),
  ];
  let files: ImportFile[] = [];
  if (o.loadDir) {
    try {
      files = readImportFiles(o.loadDir);
    } catch (err) {
      problems.push(`load: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { problems, files };
}

/** Runs the deploy (or the dry run); answers the exit code. Throws when a real step fails. */
export async function deploy(o: DeployOptions, connect: (config: ManagerConfig) => ManagerSdk): Promise<number> {
  const envId = o.env.TCB_ENV_ID ?? '<missing>';
  o.log(o.dryRun ? `deploy (dry run) to ${envId}: nothing will be changed` : `deploy to ${envId}`);
  printEnvironment(o);
  const { problems, files } = validate(o);
  if (problems.length > 0) {
    o.log(`deploy: refused, ${problems.length} problem(s); nothing was changed:`);
    for (const p of problems) o.log(`  ✗ ${p}`);
    return 1;
  }
  o.log('checks: manifest, bundles and config.json, collections.json, storage rule, environment: all passed');

  const sdk = o.dryRun ? null : connect(configOf(o.env));
  const admin = sdk ? managerDatabaseAdmin(sdk) : emptyEnvironment();
  const steps = await setupDatabase(admin);
  for (const s of steps) {
    const detail =
      s.what === 'set rule' ? `${collectionPermission(JSON.parse(s.detail)).permission} ${s.detail}` : s.detail;
    const where = s.what === 'create collection' ? '' : `${s.collection}: `;
    o.log(`database: ${s.what} ${where}${detail}${o.dryRun || s.done ? '' : ' (exists)'}`);
  }

  o.log(`storage: set rule ${STORAGE_RULE.acl} ${JSON.stringify(STORAGE_RULE.rule ?? {})}`);
  if (sdk) await sdk.storage.setStorageAcl(STORAGE_RULE.acl, STORAGE_RULE.rule);

  const existing = sdk ? await existingFunctions(sdk) : new Set<string>();
  for (const name of NAMES) {
    o.log(functionLine(o, name));
    if (!sdk) continue;
    const done = await deployFunction(
      sdk,
      functionDef(name, MANIFEST[name], o.env),
      o.functionsDir,
      existing.has(name),
    );
    for (const line of done) o.log(`  ${line}`);
  }

  if (o.loadDir) {
    for (const f of files) o.log(`load ${f.collection}.json: ${f.docs.length} documents (${o.loadMode})`);
    if (sdk) {
      const prefix = `tmp/db-imports/${Date.now().toString(36)}/`;
      const lines = await loadFiles(sdk, admin, files, {
        mode: o.loadMode,
        pollMs: o.pollMs ?? 2000,
        timeoutMs: 600_000,
        prefix,
      });
      for (const line of lines) o.log(`  ${line}`);
    }
  }
  o.log(o.dryRun ? 'dry run: every check passed; nothing was changed.' : 'deploy: done.');
  return 0;
}

function configOf(env: EnvValues): ManagerConfig {
  return {
    envId: env.TCB_ENV_ID ?? '',
    secretId: env.TCB_SECRET_ID ?? '',
    secretKey: env.TCB_SECRET_KEY ?? '',
    token: env.TCB_SESSION_TOKEN,
    region: env.TCB_REGION,
  };
}
