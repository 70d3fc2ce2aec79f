/**
 * `npm test`: everything a test needs, then every test. Installs the browser and CJK fonts when missing,
 * builds the weapp (production), the cloud functions and H5 when stale, then runs jest's four projects
 * (unit, cloud, sim, e2e). Extra arguments go to jest, e.g. `npm test -- --selectProjects cloud`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureBrowser } from './lib/browser';
import { ensureH5, ensureWeapp } from './lib/builds';

const root = resolve(__dirname, '..');
const started = Date.now();
const chromium = ensureBrowser();
ensureWeapp();
ensureH5();
console.log(`test: prerequisites ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const jest = spawnSync(
  process.execPath,
  [resolve(root, 'node_modules/jest/bin/jest.js'), '--ci', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium, TZ: process.env.TZ ?? 'Asia/Shanghai' },
  },
);
process.exit(jest.status ?? 1);
