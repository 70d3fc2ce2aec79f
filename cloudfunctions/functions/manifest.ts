/**
 * What each deployable cloud function needs, declared once: runtime, memory, timeout, environment variables,
 * openapi permissions and its timer trigger. The build writes each function's config.json from it, the deploy kit
 * sets runtime, memory, timeout and environment from it and refuses to deploy when a required secret is missing,
 * and the CloudBase benchmarks hold every action to its function's timeout.
 */
import type { FunctionName } from '../../types/api';

/** The Node.js runtimes CloudBase offers that this bundle targets. */
export type CloudRuntime = 'Nodejs18.15' | 'Nodejs16.13';

/** One environment variable a function reads. */
export interface EnvVar {
  name: string;
  /** The deploy stops, naming it, when a required variable is missing. */
  required: boolean;
  /** A secret is never printed (a dry run shows `<set>` or `<missing>`). */
  secret: boolean;
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

/**
 * Subscribe messages (push.ts): the template ids picked in the WeChat console and their field keys
 * (push-fields.ts). Optional: without a template id a notice stays in the outbox only.
 */
const SUBSCRIBE_ENV: EnvVar[] = [
  'SUBSCRIBE_TMPL_ANSWER',
  'SUBSCRIBE_TMPL_PROGRESS',
  'SUBSCRIBE_KEYS_ANSWER',
  'SUBSCRIBE_KEYS_PROGRESS',
  'MINIPROGRAM_STATE',
].map((name) => ({ name, required: false, secret: false }));

/** The deployment of every function. */
export const MANIFEST: Record<DeployableName, FunctionSpec> = {
  scan: { runtime: 'Nodejs18.15', memoryMB: 256, timeoutS: 5, env: [], openapi: [], triggers: [] },
  resident: { runtime: 'Nodejs18.15', memoryMB: 256, timeoutS: 10, env: [...SUBSCRIBE_ENV], openapi: [], triggers: [] },
  work: { runtime: 'Nodejs18.15', memoryMB: 256, timeoutS: 10, env: [...SUBSCRIBE_ENV], openapi: [], triggers: [] },
  admin: { runtime: 'Nodejs18.15', memoryMB: 512, timeoutS: 60, env: [], openapi: [], triggers: [] },
  cron: { runtime: 'Nodejs18.15', memoryMB: 512, timeoutS: 60, env: [...SUBSCRIBE_ENV], openapi: [], triggers: [] },
};
