/**
 * `npm run deploy [-- --dry-run] [--env-file file] [--functions-dir dist/cloudfunctions] [--load dir [--upsert]]`:
 * deploys the CloudBase environment named in the environment (see .env.example and docs/DEPLOY.md) through the
 * manager SDK. The environment is .env, then .env.local, then the process environment (--env-file: that file
 * instead of the two). `--dry-run` validates everything offline and prints every step without connecting.
 */
import { resolve } from 'node:path';
import type { EnvValues } from '~/cloudfunctions/functions/env';
import { FUNCTIONS_OUT } from './build-functions';
import { ENV_FILES, readDeployEnv } from './deploy/kit-env';
import { deploy, type DeployOptions } from './deploy/run';
import { createManager } from './deploy/sdk';

const USAGE =
  'usage: npm run deploy -- [--dry-run] [--env-file file] [--functions-dir dist/cloudfunctions] [--load dir [--upsert]]';

/** Parses the command line into deploy options (the environment is read from the file it names). */
export function parseDeployArgs(argv: string[], processEnv: EnvValues, log: (l: string) => void): DeployOptions {
  let envFiles = ENV_FILES;
  const o: Omit<DeployOptions, 'env' | 'envSource'> = {
    dryRun: false,
    functionsDir: FUNCTIONS_OUT,
    loadMode: 'insert',
    log,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--dry-run') o.dryRun = true;
    else if (arg === '--env-file') envFiles = [value()];
    else if (arg === '--functions-dir') o.functionsDir = resolve(value());
    else if (arg === '--load') o.loadDir = resolve(value());
    else if (arg === '--upsert') o.loadMode = 'upsert';
    else throw new Error(`unknown argument: ${arg}\n${USAGE}`);
  }
  const { env, read } = readDeployEnv(envFiles, processEnv);
  if (envFiles !== ENV_FILES && read.length === 0) throw new Error(`--env-file ${envFiles[0]}: no such file`);
  const envSource = `${[...read, 'the process environment'].join(', then ')}${read.length < envFiles.length ? `; not found: ${envFiles.filter((f) => !read.includes(f)).join(', ')}` : ''}`;
  return { ...o, env, envSource };
}

if (require.main === module) {
  (async () => {
    const options = parseDeployArgs(process.argv.slice(2), process.env, (line) => console.log(line));
    return deploy(options, createManager);
  })().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`deploy: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
