/**
 * A function's environment, checked against the manifest: the function refuses to run when a variable it needs is
 * missing, malformed, too short or still the example value .env.example publishes (naming it), and a handler that
 * reads a secret its function does not declare fails loudly instead of hashing with an empty salt. The deploy kit
 * runs the same checks before it uploads anything (the example values only on a real deploy: CI's dry run uses them).
 */
import type { Secrets } from '../domain/context';
import { parseDataKey } from '../domain/crypto';
import type { EnvVar, FunctionSpec } from './manifest';

/** Environment variables as process.env holds them. */
export type EnvValues = Record<string, string | undefined>;

/** The fewest characters a secret a person types (the first admin's) may have. */
export const SECRET_MIN_CHARS = 16;

/** Whether `value` is long enough to be a secret (counted in characters, not UTF-16 units). */
export function strongSecret(value: string): boolean {
  return [...value].length >= SECRET_MIN_CHARS;
}

/** The fewest characters of a key a machine makes (a salt, a session secret): `openssl rand -hex 32` gives 64. */
export const KEY_MIN_CHARS = 32;

/**
 * The values .env.example publishes (test/cloud/weak-keys.test.ts keeps this list equal to the file): anyone can
 * read them, so none may be a key in use. A copy here, as a function's bundle carries no .env.example.
 */
export const EXAMPLE_VALUES: Readonly<Record<string, string>> = {
  TCB_ENV_ID: 'pioneer-post-example-1a2b3c',
  TCB_SECRET_ID: 'AKIDexampleexampleexampleexample',
  TCB_SECRET_KEY: 'exampleexampleexampleexampleexam',
  VISITOR_SALT: 'example-salt-replace-with-openssl-rand-hex-32',
  DATA_KEY: 'ZXhhbXBsZS1vbmx5LWRvLW5vdC11c2UtaW4tcHJvZCE=',
};

/** Whether `value` is one of .env.example's values (a data key also when written another way: the same bytes). */
export function isExampleValue(value: string): boolean {
  const examples = Object.values(EXAMPLE_VALUES);
  if (examples.includes(value.trim())) return true;
  const key = parseDataKey(value);
  return key !== null && examples.some((e) => parseDataKey(e)?.equals(key) === true);
}

/** Why a key is refused when it is .env.example's value. */
export const exampleProblem = (name: string) =>
  `${name} is the example value published in .env.example (anyone can read it)`;

/** What is wrong with one variable, or null: missing when required, or not in its format. */
export function envProblem(v: EnvVar, value: string | undefined): string | null {
  if (!value) return v.required ? `${v.name} is not set` : null;
  if (v.format === 'base64-32' && !parseDataKey(value)) return `${v.name} is not the base64 of 32 bytes`;
  if (v.format === 'secret-16' && !strongSecret(value))
    return `${v.name} is shorter than ${SECRET_MIN_CHARS} characters`;
  if (v.format === 'key-32' && [...value].length < KEY_MIN_CHARS)
    return `${v.name} is shorter than ${KEY_MIN_CHARS} characters (make one with \`openssl rand -hex 32\`)`;
  return null;
}

/** Every problem of a function's environment, each naming its variable (empty when it may run). */
export function envProblems(spec: FunctionSpec, env: EnvValues): string[] {
  return spec.env
    .map((v) => {
      const value = env[v.name];
      return envProblem(v, value) ?? (v.secret && value && isExampleValue(value) ? exampleProblem(v.name) : null);
    })
    .filter((p): p is string => p !== null);
}

/**
 * The secrets of one call of function `fn`; one its function does not declare throws when read (dispatch: INTERNAL).
 * Read through the prototype's getters: getters written in an object literal would give every call's object a
 * hidden class of its own (see eslint.config.mjs).
 */
class DeclaredSecrets implements Secrets {
  readonly bootstrapSecret: string | null;

  constructor(
    private readonly fn: string,
    private readonly declared: ReadonlySet<string>,
    private readonly env: EnvValues,
  ) {
    this.bootstrapSecret = declared.has('ADMIN_BOOTSTRAP_SECRET') ? env.ADMIN_BOOTSTRAP_SECRET || null : null;
  }

  private read(name: string): string {
    if (!this.declared.has(name)) {
      throw new Error(`[${this.fn}] reads ${name}, which the function manifest does not give it`);
    }
    return this.env[name] ?? '';
  }

  get visitorSalt(): string {
    return this.read('VISITOR_SALT');
  }

  get dataKey(): Buffer {
    // envProblems has refused a malformed key before any handler runs.
    return parseDataKey(this.read('DATA_KEY')) as Buffer;
  }
}

/** The secrets a handler may read; one its function does not declare throws when read (dispatch: INTERNAL). */
export function secretsFor(fn: string, spec: FunctionSpec, env: EnvValues): Secrets {
  return new DeclaredSecrets(fn, new Set(spec.env.map((v) => v.name)), env);
}
