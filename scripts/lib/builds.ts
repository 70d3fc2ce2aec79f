/** The project's builds, each run only when its output is stale. */
import { resolve } from 'node:path';
import { run } from './run';
import { isStale } from './stale';

const ROOT = resolve(__dirname, '../..');
const at = (p: string) => resolve(ROOT, p);
const APP_SOURCES = ['src', 'types', 'data', 'config', 'babel.config.js', 'package-lock.json'].map(at);
const FUNCTION_SOURCES = ['cloudfunctions', 'types', 'data', 'scripts/build-functions.ts', 'package-lock.json'].map(at);
const taro = at('node_modules/.bin/taro');

/** Builds dist/h5 when stale; true when it built. */
export function ensureH5(): boolean {
  if (!isStale(at('dist/h5/index.html'), APP_SOURCES)) return false;
  run(taro, ['build', '--type', 'h5'], { NODE_ENV: 'production' });
  return true;
}

/** Builds dist/weapp (production) and dist/cloudfunctions when stale. */
export function ensureWeapp(): void {
  if (isStale(at('dist/weapp/app.js'), APP_SOURCES))
    run(taro, ['build', '--type', 'weapp'], { NODE_ENV: 'production' });
  if (isStale(at('dist/cloudfunctions/scan/index.js'), FUNCTION_SOURCES)) {
    run(process.execPath, [at('node_modules/tsx/dist/cli.mjs'), at('scripts/build-functions.ts')]);
  }
}
