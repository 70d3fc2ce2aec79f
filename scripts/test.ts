/**
 * `npm test`: everything a test needs, then every test. Installs the browser and CJK fonts when missing,
 * builds the weapp (production), the cloud functions and H5 when stale, then runs jest's four projects
 * (unit, cloud, sim, e2e). Extra arguments go to jest, e.g. `npm test -- --selectProjects cloud`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureBrowser } from './lib/browser';
import { ensureH5, ensureWeapp } from './lib/builds';

const root = resolve(__dirname, '..');
const started = Date.now();
const chromium = ensureBrowser();
ensureWeapp();
ensureH5();
console.log(`test: prerequisites ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

// jest's own summary is not a line CI recognises; the plain 'N passed, N failed' line after it is.
const results = join(tmpdir(), `pioneer-post-jest-${process.pid}.json`);
const jestArgs = ['--ci', '--json', `--outputFile=${results}`, ...process.argv.slice(2)];
const jest = spawnSync(process.execPath, [resolve(root, 'node_modules/jest/bin/jest.js'), ...jestArgs], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium, TZ: process.env.TZ ?? 'Asia/Shanghai' },
});
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  rmSync(results);
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
}
console.log(`test: total ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(jest.status ?? 1);
