/** Size budgets of the weapp production build (DESIGN.md): main ≤ 450 KB, each subpackage ≤ 500 KB, all ≤ 1.5 MB. */
import fs from 'node:fs';
import path from 'node:path';
import { assertBuilt, DIST } from './harness';

const KB = 1024;
const MAIN_MAX = 450 * KB;
const SUB_MAX = 500 * KB;
const TOTAL_MAX = 1.5 * KB * KB;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}

function measure() {
  assertBuilt();
  const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'));
  const sizes = { main: 0, total: 0, subs: Object.fromEntries(roots.map((r) => [r, 0])) as Record<string, number> };
  const all = files(DIST);
  for (const file of all) {
    const rel = path.relative(DIST, file).split(path.sep).join('/');
    const bytes = fs.statSync(file).size;
    sizes.total += bytes;
    const root = roots.find((r) => rel.startsWith(r));
    if (root) sizes.subs[root] += bytes;
    else sizes.main += bytes;
  }
  return { ...sizes, maps: all.filter((f) => f.endsWith('.map')) };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB (${n} bytes)`;
let sizes: ReturnType<typeof measure>;

beforeAll(() => {
  sizes = measure();
  const lines = [
    `weapp main package: ${kb(sizes.main)} / budget ${kb(MAIN_MAX)}`,
    ...Object.entries(sizes.subs).map(([root, n]) => `weapp subpackage ${root}: ${kb(n)} / budget ${kb(SUB_MAX)}`),
    `weapp whole: ${kb(sizes.total)} / budget ${kb(TOTAL_MAX)}`,
  ];
  console.log(lines.join('\n'));
});

test('it is a production build: no source maps shipped', () => {
  expect(sizes.maps.map((f) => path.relative(DIST, f))).toEqual([]);
});

test('main package ≤ 450 KB', () => {
  expect(sizes.main).toBeLessThanOrEqual(MAIN_MAX);
});

test('each subpackage ≤ 500 KB', () => {
  expect(Object.keys(sizes.subs).length).toBeGreaterThan(0);
  for (const [root, n] of Object.entries(sizes.subs)) expect({ root, n, ok: n <= SUB_MAX }).toMatchObject({ ok: true });
});

test('the work subpackage (工作台) is built and ≤ 500 KB', () => {
  expect(sizes.subs['packages/work/']).toBeGreaterThan(0);
  expect(sizes.subs['packages/work/']).toBeLessThanOrEqual(SUB_MAX);
});

test('whole build ≤ 1.5 MB', () => {
  expect(sizes.total).toBeLessThanOrEqual(TOTAL_MAX);
});
