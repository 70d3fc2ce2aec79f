/**
 * The deploy kit's own variables and how the environment is read: `.env` (committed: the build's defaults), then
 * `.env.local` (never committed: the secrets, copied from .env.example), then the process environment, which wins,
 * so CI can pass secrets without writing them to disk. Taro reads the same two files but takes only `TARO_APP_*`
 * variables into the app bundle; the deploy secrets never reach it.
 */
import { parse } from 'dotenv';
import { existsSync, readFileSync } from 'node:fs';
import type { EnvValues } from '~/cloudfunctions/functions/env';
import type { EnvVar } from '~/cloudfunctions/functions/manifest';

/** What the kit itself needs to reach the CloudBase environment (腾讯云 API 密钥 and the 环境 ID). */
export const KIT_VARS: readonly EnvVar[] = [
  { name: 'TCB_ENV_ID', required: true, secret: false },
  { name: 'TCB_SECRET_ID', required: true, secret: true },
  { name: 'TCB_SECRET_KEY', required: true, secret: true },
  // Only with temporary credentials (STS); a permanent key pair has no token.
  { name: 'TCB_SESSION_TOKEN', required: false, secret: true },
  { name: 'TCB_REGION', required: false, secret: false },
];

/** The files read by default, later ones overriding earlier ones. */
export const ENV_FILES = ['.env', '.env.local'];

/** Reads the files that exist, in order, then overlays the process environment; answers which files were read. */
export function readDeployEnv(files: readonly string[], processEnv: EnvValues): { env: EnvValues; read: string[] } {
  const read = files.filter((f) => existsSync(f));
  const env: EnvValues = {};
  for (const f of read) Object.assign(env, parse(readFileSync(f)));
  for (const [k, value] of Object.entries(processEnv)) if (value !== undefined && value !== '') env[k] = value;
  return { env, read };
}

/** How a variable is shown: a secret only as `<set>` or `<missing>`, never its value. */
export function shown(v: EnvVar, value: string | undefined): string {
  if (!value) return v.required ? '<missing>' : '<unset>';
  return v.secret ? '<set>' : value;
}
