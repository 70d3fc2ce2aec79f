/**
 * Weak keys of a production start (secrets.ts): a session secret or visitor salt shorter than 32 characters (a
 * machine makes them: `openssl rand -hex 32` gives 64), or any key that is a value .env.example publishes (the
 * example data key opens every ID number and phone it encrypts, for anyone who read the file). Demo mode makes its
 * own keys and is not checked. The cloud functions check theirs the same way (functions/env.ts envProblems).
 */
import { exampleProblem, isExampleValue, KEY_MIN_CHARS } from '../functions/env';

/** The keys as given: the secret and salt as text, the data key as its base64. */
export interface GivenKeys {
  sessionSecret?: string;
  visitorSalt?: string;
  dataKey?: string;
}

const NAMES: [string, keyof GivenKeys][] = [
  ['SESSION_SECRET', 'sessionSecret'],
  ['VISITOR_SALT', 'visitorSalt'],
  ['DATA_KEY', 'dataKey'],
];

/** What is weak in `given`, each problem naming the key and where it came from (`from`: the environment, a file). */
export function weakProblems(given: GivenKeys, from: (name: string) => string): string[] {
  const problems: string[] = [];
  for (const [name, field] of NAMES) {
    const value = given[field];
    if (!value) continue;
    if (field !== 'dataKey' && [...value].length < KEY_MIN_CHARS)
      problems.push(`${name} (from ${from(name)}) is shorter than ${KEY_MIN_CHARS} characters`);
    if (isExampleValue(value)) problems.push(exampleProblem(`${name} (from ${from(name)})`));
  }
  return problems;
}

/** The refusal of a production start with weak keys: names each, and how to make a strong one. */
export function weakKeysMessage(problems: string[]): string {
  return (
    `生产模式密钥不安全 (production mode, weak keys): ${problems.join('; ')}. Make SESSION_SECRET and VISITOR_SALT ` +
    'with `openssl rand -hex 32` (a new VISITOR_SALT counts every visitor anew) and DATA_KEY with `openssl rand ' +
    '-base64 32`; a database that already holds data changes its DATA_KEY with `npm run rotate-key`.'
  );
}
