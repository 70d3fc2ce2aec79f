/**
 * Everything the deploy checks offline before it touches CloudBase, each problem a sentence naming what is wrong:
 * the function manifest (runtime, memory, timeout, triggers), the built bundles and their config.json, collections
 * .json, the storage rule and the environment. A real deploy refuses to start while any problem is left; a dry run
 * prints them all and exits non-zero.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { envProblem, type EnvValues } from '~/cloudfunctions/functions/env';
import { configJsonOf, MANIFEST, type DeployableName, type FunctionSpec } from '~/cloudfunctions/functions/manifest';
import { COLLECTIONS } from '~/cloudfunctions/store/cloudbase/docs';
import type { CloudCollectionSpec } from '~/cloudfunctions/store/cloudbase/setup';
import { KIT_VARS } from './kit-env';
import { ruleCaseFailures, storageRuleProblems, type StorageRuleFile } from './storage-rule';

/** Runtimes this bundle may run on (esbuild targets node16). */
export const RUNTIMES = ['Nodejs16.13', 'Nodejs18.15'];
/** Memory sizes CloudBase offers a function, in MB. */
export const MEMORY_MB = [128, 256, 512, 1024, 2048];
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Seconds, minutes, hours, day of month, month, day of week, year (CloudBase's 7-field timer).
const CRON_FIELD = /^(\*|\?|[0-9A-Z]+(-[0-9A-Z]+)?)(\/[0-9]+)?(,(\*|[0-9A-Z]+(-[0-9A-Z]+)?)(\/[0-9]+)?)*$/;

/** Problems of one function's deployment spec. */
export function specProblems(name: string, spec: FunctionSpec): string[] {
  const p: string[] = [];
  const at = `function ${name}`;
  if (!NAME.test(name)) p.push(`${at}: the name is not a valid function name`);
  if (!RUNTIMES.includes(spec.runtime)) p.push(`${at}: runtime ${spec.runtime} is not one of ${RUNTIMES.join(', ')}`);
  if (!MEMORY_MB.includes(spec.memoryMB))
    p.push(`${at}: memory ${spec.memoryMB} MB is not one of ${MEMORY_MB.join(', ')}`);
  if (!Number.isInteger(spec.timeoutS) || spec.timeoutS < 1 || spec.timeoutS > 900) {
    p.push(`${at}: timeout ${spec.timeoutS} s is not a whole number of seconds in 1–900`);
  }
  const names = spec.env.map((v) => v.name);
  for (const n of names) if (!ENV_NAME.test(n)) p.push(`${at}: ${n} is not a valid variable name`);
  if (new Set(names).size !== names.length) p.push(`${at}: a variable is declared twice`);
  for (const t of spec.triggers) {
    const fields = t.config.trim().split(/\s+/);
    if (t.type !== 'timer') p.push(`${at}: trigger ${t.name} is ${t.type}, only timer triggers are deployed`);
    if (!NAME.test(t.name)) p.push(`${at}: trigger name ${t.name} is not valid`);
    if (fields.length !== 7 || !fields.every((f) => CRON_FIELD.test(f))) {
      p.push(
        `${at}: trigger ${t.name} "${t.config}" is not a 7-field cron (second minute hour day month weekday year)`,
      );
    }
  }
  return p;
}

/** Problems of the built bundles: each manifest function built with index.js, package.json and its config.json. */
export function bundleProblems(functionsDir: string, names: readonly DeployableName[]): string[] {
  if (!existsSync(functionsDir)) return [`bundles: ${functionsDir} does not exist (run npm run build:weapp)`];
  const p: string[] = [];
  const built = readdirSync(functionsDir);
  for (const extra of built.filter((b) => !(b in MANIFEST)))
    p.push(`bundles: ${extra} is built but not in the manifest`);
  for (const name of names) {
    const dir = join(functionsDir, name);
    for (const file of ['index.js', 'package.json', 'config.json']) {
      if (!existsSync(join(dir, file))) p.push(`bundles: ${name}/${file} is missing (run npm run build:functions)`);
    }
    if (!existsSync(join(dir, 'config.json'))) continue;
    const config: unknown = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
    if (JSON.stringify(config) !== JSON.stringify(configJsonOf(MANIFEST[name]))) {
      p.push(`bundles: ${name}/config.json differs from the manifest (rebuild with npm run build:functions)`);
    }
  }
  return p;
}

const FIELD = /^(?!\$)(?!.*\.\.)(?!\.)(?!.*\.$)[^\s]+$/;

/** Problems of collections.json: names, the adapter's collections all declared, every index and rule well-formed. */
export function collectionProblems(specs: readonly CloudCollectionSpec[]): string[] {
  const p: string[] = [];
  const names = specs.map((s) => s.name);
  if (new Set(names).size !== names.length) p.push('collections.json: a collection is declared twice');
  for (const used of Object.values(COLLECTIONS)) {
    if (!names.includes(used)) p.push(`collections.json: ${used} is used by the adapter but not declared`);
  }
  for (const spec of specs) {
    const at = `collections.json: ${spec.name}`;
    if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(spec.name)) p.push(`${at}: not a valid collection name`);
    const indexNames = spec.indexes.map((i) => i.name);
    if (new Set(indexNames).size !== indexNames.length) p.push(`${at}: an index name is repeated`);
    for (const index of spec.indexes) {
      const where = `${at}.${index.name}`;
      if (index.keys.length === 0) p.push(`${where}: no keys`);
      const fields = index.keys.map((k) => k.field);
      if (new Set(fields).size !== fields.length) p.push(`${where}: a field is repeated`);
      for (const k of index.keys) {
        if (!FIELD.test(k.field)) p.push(`${where}: "${k.field}" is not a valid field path`);
        if (!['1', '-1', '2dsphere'].includes(k.direction))
          p.push(`${where}: direction ${k.direction} is not 1, -1 or 2dsphere`);
      }
      const geo = index.keys.filter((k) => k.direction === '2dsphere').length;
      if (geo > 1) p.push(`${where}: more than one 2dsphere key`);
      if (geo > 0 && index.unique) p.push(`${where}: a 2dsphere index cannot be unique`);
      if (fields.length === 1 && fields[0] === '_id') p.push(`${where}: _id is indexed (and unique) by default`);
      // The name is derived from the keys, so a redeploy never makes a second index for the same keys.
      const derived = index.keys.map((k) => `${k.field}_${k.direction}`).join('_');
      if (index.name !== derived) p.push(`${where}: the name should be ${derived} (from its keys)`);
    }
    for (const key of ['read', 'write'] as const) {
      const v = spec.rules?.[key];
      if (typeof v !== 'boolean' && (typeof v !== 'string' || v.trim() === ''))
        p.push(`${at}: rule ${key} must be a boolean or an expression`);
    }
  }
  return p;
}

/** Problems of the environment: the kit's credentials and every function's required variables, each by name. */
export function envProblems(env: EnvValues, names: readonly DeployableName[]): string[] {
  const p = KIT_VARS.map((v) => envProblem(v, env[v.name])).filter((x): x is string => x !== null);
  const seen = new Set<string>();
  for (const name of names) {
    for (const v of MANIFEST[name].env) {
      const problem = envProblem(v, env[v.name]);
      if (problem && !seen.has(v.name))
        p.push(
          `${problem} (needed by ${names.filter((n) => MANIFEST[n].env.some((e) => e.name === v.name)).join(', ')})`,
        );
      seen.add(v.name);
    }
  }
  return p;
}

/** Problems of the storage rule: its form, and the cases it exists for. */
export function storageProblems(file: StorageRuleFile): string[] {
  const form = storageRuleProblems(file);
  return form.length > 0 ? form : ruleCaseFailures(file);
}

/** Variables that still hold .env.example's value: a real deploy refuses them (a dry run in CI uses them). */
export function placeholderProblems(env: EnvValues, example: EnvValues): string[] {
  return Object.entries(example)
    .filter(([name, value]) => value && env[name] === value)
    .map(([name]) => `${name} still holds the .env.example value`);
}
