/**
 * The store contract for what dashboards and the coverage read of a whole region: the post directory (every post
 * of a region, as fresh as the last post write) and the post board (scans per post over a period and last scan
 * days, as fresh as the last rollup). Registered by runStoreContract (store-contract.ts).
 */
import type { Post, ScanRecord } from '~/types/domain';
import type { Store } from '~/cloudfunctions/store/port';
import { scanSubjects } from '~/cloudfunctions/domain/scope';
import { COUNTY, fixture, TOWNSHIP_A, VILLAGE_A2 } from './store-fixture';
import { describeLoaded } from './store-contract-describe';

/** 00:00 in Baicheng (UTC+8) on 2026-10-30. */
const D30 = Date.UTC(2026, 9, 29, 16);
const DAY = 24 * 3600_000;
const POSTS = fixture().posts;

let seq = 0;
function scan(postId: string, at: number): ScanRecord {
  seq += 1;
  const id = String(seq).padStart(12, '0');
  return {
    scanId: `00000000-0000-4000-8800-${id}`,
    postId,
    visitor: `v${seq}`,
    at,
    source: 'qr',
    distanceM: null,
    inCircle: null,
  };
}

async function record(s: Store, postId: string, at: number): Promise<void> {
  const post = POSTS.find((p) => p.id === postId) as Post;
  expect(await s.scans.record(scan(postId, at), scanSubjects(post))).toBe('recorded');
}

/** Registers the board cases; `store` gives the current test's store (fresh per test). */
export function boardContract(store: () => Store): void {
  describeLoaded('the post directory and the post board', store, fixture, () => {
    it('lists every post of a region, retired ones too, as posts.inRegion does, and follows each post write', async () => {
      const s = store();
      for (const prefix of ['2208', COUNTY, TOWNSHIP_A, VILLAGE_A2, '220803']) {
        expect(await s.posts.directory(prefix)).toEqual(await s.posts.inRegion(prefix, null, 1000));
      }
      const created = { ...POSTS[0], id: 'N1', name: '新岗', createdAt: D30 };
      await s.posts.create([created], [{ postId: 'N1', at: D30, by: 'o-a', action: 'create', summary: '' }]);
      await s.posts.update(
        'P001',
        { status: 'retired', name: '旧岗' },
        { postId: 'P001', at: D30, by: 'o-a', action: 'retire', summary: '' },
      );
      const listed = await s.posts.directory(TOWNSHIP_A);
      expect(listed.find((p) => p.id === 'N1')).toEqual(created);
      expect(listed.find((p) => p.id === 'P001')).toMatchObject({ status: 'retired', name: '旧岗' });
      expect(listed).toEqual(await s.posts.inRegion(TOWNSHIP_A, null, 1000));
    });

    it('counts scans per post over a period and last scan days, from the last rollup, across months', async () => {
      const s = store();
      // 30 Oct, 31 Oct, 1 Nov … 30 Nov: a period from 31 Oct to 1 Dec spans a whole month and partial days.
      await record(s, 'P001', D30 + 2 * 3600_000);
      await record(s, 'P001', D30 + DAY + 3600_000);
      for (let d = 2; d <= 31; d++) await record(s, 'P002', D30 + d * DAY + 3600_000);
      await record(s, 'P005', D30 + 31 * DAY + 3600_000);
      expect((await s.stats.postBoard(COUNTY, '20261031', '20261201')).counts.size).toBe(0);
      await s.stats.rollup(100_000, D30 + 40 * DAY);
      const board = await s.stats.postBoard(COUNTY, '20261031', '20261201');
      expect(Object.fromEntries(board.counts)).toEqual({ P001: 1, P002: 30, P005: 1 });
      expect(Object.fromEntries(board.last)).toEqual({ P001: '20261031', P002: '20261130', P005: '20261130' });
      const township = await s.stats.postBoard(TOWNSHIP_A, '20261030', '20261030');
      expect(Object.fromEntries(township.counts)).toEqual({ P001: 1 });
      expect([...township.last.keys()].sort()).toEqual(['P001', 'P002']);
      expect((await s.stats.postBoard(COUNTY, '20261202', '20261201')).counts.size).toBe(0);
    });
  });
}
