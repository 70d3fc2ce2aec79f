/**
 * Run as a child process of its own by test/cloud/visitor-days-memory.test.ts (`node --expose-gc --import tsx`): it
 * records scans through the store's real scan path and prints, as JSON, how much the heap grew after a full
 * collection. A process of its own, because a test worker's heap still holds earlier test files' garbage, which
 * may be freed in the middle of a measurement (seen in CI: the heap shrank by 219 MB over 100,000 scans).
 * Modes: `visitors` (100,000 first-time visitors of one post) and `walker` (one visitor past 2,000 posts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { visitorHash } from '~/cloudfunctions/domain/visitor';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import type { ScanRecord } from '~/types/domain';
import { CITY, COUNTY, TOWNSHIP_A, VILLAGE_A1 } from '../cloud/store-fixture';

const AT = Date.UTC(2026, 10, 28, 2);
const collect = (globalThis as { gc?: () => void }).gc;

const scan = (n: number, visitor: string, postId: string): ScanRecord => ({
  scanId: `44444444-4444-4444-8444-${String(n).padStart(12, '0')}`,
  postId,
  visitor,
  at: AT,
  source: 'qr',
  distanceM: null,
  inCircle: null,
});

async function main(mode: string): Promise<void> {
  if (!collect) throw new Error('run with --expose-gc');
  if (mode !== 'visitors' && mode !== 'walker') throw new Error(`unknown mode ${mode}: visitors or walker`);
  const dir = mkdtempSync(join(tmpdir(), 'visitor-days-heap-'));
  const store = openSqliteStore(join(dir, 'heap.db'));
  const visitors = mode === 'walker' ? 1 : 100_000;
  const scans = mode === 'walker' ? 2_000 : 100_000;
  const walker = visitorHash('heap', 'walker');
  const record = (n: number) =>
    mode === 'walker'
      ? store.scans.record(scan(n, walker, `W${n}`), [`W${n}`, VILLAGE_A1, CITY])
      : store.scans.record(scan(n, visitorHash('heap', `visitor-${n}`), 'P001'), [
          'P001',
          VILLAGE_A1,
          TOWNSHIP_A,
          COUNTY,
          CITY,
        ]);
  // The first scan of the day reads the (empty) log: done before the baseline, so only what scans keep is measured.
  await record(0);
  collect();
  const before = process.memoryUsage().heapUsed;
  let recorded = 0;
  for (let n = 1; n <= scans; n += 500) {
    const batch = await Promise.all(Array.from({ length: Math.min(500, scans - n + 1) }, (_, i) => record(n + i)));
    recorded += batch.filter((outcome) => outcome === 'recorded').length;
  }
  collect();
  const grown = process.memoryUsage().heapUsed - before;
  const city = (await store.stats.daily(CITY, ['20261128']))[0];
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(JSON.stringify({ grown, visitors, recorded, count: city.count, unique: city.unique }));
}

main(process.argv[2] ?? 'visitors').catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
