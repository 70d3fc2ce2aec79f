/**
 * What a day's visitors cost in memory: the scan recorder holds every visitor of the day (visitor-days.ts), and its
 * cap of 500,000 visitors is a bound of about 50 MB only while a visitor costs about 100 bytes. Measured on the
 * heap after a full collection, through the store's real scan path, in a process of its own
 * (test/support/visitor-days-heap.ts).
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { DAY_SET_CAP } from '~/cloudfunctions/store/sqlite/visitor-days';

jest.setTimeout(120_000);

const root = resolve(__dirname, '../..');

interface Heap {
  grown: number;
  visitors: number;
  recorded: number;
  count: number;
  unique: number;
}

const measure = (mode: 'visitors' | 'walker'): Heap =>
  JSON.parse(
    execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(root, 'test/support/visitor-days-heap.ts'), mode],
      { cwd: root, encoding: 'utf8' },
    ),
  ) as Heap;

test('a visitor of the day costs at most 150 bytes of heap, so the cap holds memory to about 75 MB', () => {
  const heap = measure('visitors');
  // Every one of them was counted, each a unique visitor of the city on that day (the first scan included).
  expect(heap).toMatchObject({ recorded: 100_000, count: 100_001, unique: 100_001 });
  const perVisitor = heap.grown / heap.visitors;
  expect(perVisitor).toBeGreaterThan(40);
  expect(perVisitor).toBeLessThan(150);
  expect((DAY_SET_CAP * perVisitor) / 2 ** 20).toBeLessThan(75);
});

test('one visitor walking past 2,000 posts in a day keeps one list, not one of every length on the way', () => {
  const heap = measure('walker');
  expect(heap).toMatchObject({ recorded: 2_000, count: 2_001, unique: 1 });
  // Its one list of 2,002 subjects is ~16 KB; a shared list of every length on the way was 74 MB.
  expect(heap.grown).toBeLessThan(2 * 2 ** 20);
});
