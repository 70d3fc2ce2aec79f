/**
 * Every script of the built weapp parses as ES2019. DevTools' "ES6 → ES5" is off (project.config.json), so what the
 * build emits is what a phone runs; WeChat's JS engine on iOS < 13.4 stops at `?.` and `??` (ES2020), and one such
 * script in a shared chunk blanks every page of its subpackage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { assertBuilt, DIST } from './harness';

function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return scripts(full);
    return e.name.endsWith('.js') ? [full] : [];
  });
}

test('every built weapp script parses as ES2019 (no ?. or ?? from a dependency)', () => {
  assertBuilt();
  const all = scripts(DIST);
  // The app, its pages and every subpackage's shared chunk: far more than a handful.
  expect(all.length).toBeGreaterThan(40);
  expect(all.some((f) => f.includes(`${path.sep}sub-common${path.sep}`))).toBe(true);
  const failures: string[] = [];
  for (const file of all) {
    try {
      parse(fs.readFileSync(file, 'utf8'), { ecmaVersion: 2019, sourceType: 'script' });
    } catch (err) {
      failures.push(`${path.relative(DIST, file)}: ${(err as Error).message}`);
    }
  }
  expect(failures).toEqual([]);
});

test('the ES2019 parse really refuses ES2020 syntax (the check above can fail)', () => {
  expect(() => parse('var a = b?.c ?? 1;', { ecmaVersion: 2019, sourceType: 'script' })).toThrow(SyntaxError);
});
