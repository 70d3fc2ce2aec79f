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

/** The deployment of every function. */
export const MANIFEST: Record<DeployableName, FunctionSpec> = {
  scan: { runtime: 'Nodejs18.15', memoryMB: 256, timeoutS: 5, env: [], openapi: [], triggers: [] },
  resident: { runtime: 'Nodejs18.15', memoryMB: 256, timeoutS: 10, env: [], openapi: [], triggers: [] },
  work: { runtime: 'Nodejs18.15', memoryMB: 256, timeoutS: 10, env: [], openapi: [], triggers: [] },
  admin: {
    runtime: 'Nodejs18.15',
    memoryMB: 512,
    timeoutS: 60,
    // PLATE_ENV_VERSION: the version plate codes open (release, trial or develop; release when unset).
    env: [{ name: 'PLATE_ENV_VERSION', required: false, secret: false }],
    openapi: [],
    triggers: [],
  },
  cron: { runtime: 'Nodejs18.15', memoryMB: 512, timeoutS: 60, env: [], openapi: [], triggers: [] },
};
