/**
 * A function's environment, checked against the manifest: the function refuses to run when a variable it needs is
 * missing (naming it), and a handler that reads a secret its function does not declare fails loudly instead of
 * hashing with an empty salt. The deploy kit runs the same check before it uploads anything.
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

/** What is wrong with one variable, or null: missing when required, or not in its format. */
export function envProblem(v: EnvVar, value: string | undefined): string | null {
  if (!value) return v.required ? `${v.name} is not set` : null;
  if (v.format === 'base64-32' && !parseDataKey(value)) return `${v.name} is not the base64 of 32 bytes`;
  if (v.format === 'secret-16' && !strongSecret(value))
    return `${v.name} is shorter than ${SECRET_MIN_CHARS} characters`;
  return null;
}

/** Every problem of a function's environment, each naming its variable (empty when it may run). */
export function envProblems(spec: FunctionSpec, env: EnvValues): string[] {
  return spec.env.map((v) => envProblem(v, env[v.name])).filter((p): p is string => p !== null);
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
