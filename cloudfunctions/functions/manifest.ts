/**
 * What each deployable cloud function needs, declared once: runtime, memory, timeout, environment variables,
 * openapi permissions and its timer trigger. The build writes each function's config.json from it, the deploy kit
 * sets runtime, memory, timeout and environment from it and refuses to deploy when a required secret is missing,
 * and the CloudBase benchmarks hold every action to its function's timeout.
 */
import type { FunctionName } from '~/types/api';

/** The Node.js runtimes CloudBase offers that this bundle targets. */
export type CloudRuntime = 'Nodejs18.15' | 'Nodejs16.13';

/** One environment variable a function reads. */
export interface EnvVar {
  name: string;
  /** The deploy stops, naming it, when a required variable is missing. */
  required: boolean;
  /** A secret is never printed (a dry run shows `<set>` or `<missing>`). */
  secret: boolean;
  /** A shape the value must have, checked by the function at start and by the deploy before it uploads. */
  /**
   * base64-32: the base64 of 32 bytes (a key); secret-16: at least 16 characters (a secret a person types); key-32:
   * at least 32 characters (a secret a machine makes, e.g. `openssl rand -hex 32`).
   */
  format?: 'base64-32' | 'secret-16' | 'key-32';
}

/** A timer trigger (7-field cron, seconds first, China time). */
export interface TimerTrigger {
  name: string;
  type: 'timer';
  config: string;
}

/** One function's deployment. */
export interface FunctionSpec {
  runtime: CloudRuntime;
  memoryMB: 128 | 256 | 512 | 1024;
  /** Seconds; CloudBase allows 1–900 for event functions (the console's default is 3). */
  timeoutS: number;
  env: EnvVar[];
  openapi: string[];
  triggers: TimerTrigger[];
}

/** Every deployable function by name: the four that the app calls, and the timer. */
export type DeployableName = FunctionName | 'cron';

// The variables, declared once and shared by the functions that read them.
const VISITOR_SALT: EnvVar = { name: 'VISITOR_SALT', required: true, secret: true, format: 'key-32' };
const DATA_KEY: EnvVar = { name: 'DATA_KEY', required: true, secret: true, format: 'base64-32' };
// Off when unset: nobody can bind the first admin by secret (later admins come by invite). When set, at least 16
// characters: five guesses a minute would find a short one.
const ADMIN_BOOTSTRAP_SECRET: EnvVar = {
  name: 'ADMIN_BOOTSTRAP_SECRET',
  required: false,
  secret: true,
  format: 'secret-16',
};
// The version plate and invite codes open (release, trial or develop; release when unset): also their storage path.
const PLATE_ENV_VERSION: EnvVar = { name: 'PLATE_ENV_VERSION', required: false, secret: false };
/**
 * Subscribe messages (push.ts): the template ids picked in the WeChat console, their field keys (push-fields.ts) and
 * the mini-program state a notice opens. Optional: without a template id a notice stays in the in-app 消息 list only.
 */
const SUBSCRIBE_TEMPLATES: EnvVar[] = [
  'SUBSCRIBE_TMPL_ANSWER',
  'SUBSCRIBE_TMPL_PROGRESS',
  'SUBSCRIBE_KEYS_ANSWER',
  'SUBSCRIBE_KEYS_PROGRESS',
  'MINIPROGRAM_STATE',
].map((name) => ({ name, required: false, secret: false }));

/** The promise timer (答复承诺计时): every 10 minutes, on the minute. */
export const PROMISE_TIMER: TimerTrigger = { name: 'promiseTimer', type: 'timer', config: '0 */10 * * * * *' };

/**
 * The deployment of every function. What each reads, and why:
 * - scan: the visitor hash of every scan (scan/land.ts) needs VISITOR_SALT; it calls no openapi.
 * - resident: VISITOR_SALT for the hourly cap and the evidence-photo folder (requests/hourly-cap.ts, photos.ts),
 *   DATA_KEY for ID numbers and phones at rest (requests/submit.ts, read.ts); msgSecCheck on user text and
 *   subscribe messages for notices.
 * - work: DATA_KEY to show assigned staff full numbers (work/detail.ts, aid.ts); msgSecCheck on answers
 *   (work/load.ts), subscribe messages to residents and colleagues.
 * - admin: VISITOR_SALT for the owner tag of an admin's files in storage (domain/files/own.ts: plate sheets, exports,
 *   import uploads under a hash, never the OPENID); ADMIN_BOOTSTRAP_SECRET for the first admin (admin/bootstrap.ts);
 *   wxacode.getUnlimited for plates and invite codes (functions/plates.ts, invite-codes.ts), PLATE_ENV_VERSION for
 *   the version they open; msgSecCheck on the text admins write for the public (admin/public-text.ts).
 * - cron: the promise timer's trigger; subscribe messages for reminders and hand-overs (cron/tick.ts).
 */
export const MANIFEST: Record<DeployableName, FunctionSpec> = {
  scan: { runtime: 'Nodejs18.15', memoryMB: 256, timeoutS: 5, env: [VISITOR_SALT], openapi: [], triggers: [] },
  resident: {
    runtime: 'Nodejs18.15',
    memoryMB: 256,
    timeoutS: 10,
    env: [VISITOR_SALT, DATA_KEY, ...SUBSCRIBE_TEMPLATES],
    openapi: ['security.msgSecCheck', 'subscribeMessage.send'],
    triggers: [],
  },
  work: {
    runtime: 'Nodejs18.15',
    memoryMB: 256,
    timeoutS: 10,
    env: [DATA_KEY, ...SUBSCRIBE_TEMPLATES],
    openapi: ['security.msgSecCheck', 'subscribeMessage.send'],
    triggers: [],
  },
  admin: {
    runtime: 'Nodejs18.15',
    memoryMB: 512,
    timeoutS: 60,
    env: [VISITOR_SALT, ADMIN_BOOTSTRAP_SECRET, PLATE_ENV_VERSION],
    openapi: ['wxacode.getUnlimited', 'security.msgSecCheck'],
    triggers: [],
  },
  cron: {
    runtime: 'Nodejs18.15',
    memoryMB: 512,
    timeoutS: 60,
    env: [...SUBSCRIBE_TEMPLATES],
    openapi: ['subscribeMessage.send'],
    triggers: [PROMISE_TIMER],
  },
};

/** The config.json WeChat reads beside a function's code: its openapi permissions and its triggers. */
export interface FunctionConfigJson {
  permissions: { openapi: string[] };
  triggers?: TimerTrigger[];
}

/** The config.json of one function, from the manifest (scripts/build-functions.ts writes it). */
export function configJsonOf(spec: FunctionSpec): FunctionConfigJson {
  return {
    permissions: { openapi: [...spec.openapi] },
    ...(spec.triggers.length > 0 ? { triggers: spec.triggers.map((t) => ({ ...t })) } : {}),
  };
}
