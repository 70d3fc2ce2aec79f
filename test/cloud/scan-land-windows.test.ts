/**
 * scan.land on CloudBase when the caller's shared windows already exist (a phone scanning a second plate within the
 * minute, a neighbour on the same network): the container counts a window it has met in place, one round trip, so
 * the scan keeps DESIGN's four round trips in a row. Its own file: the counters and pages a container remembers are
 * this process's, and another world's would skew the count.
 */
import { randomUUID } from 'node:crypto';
import { buildWorld, invoke } from '../support/cloud-world';
import { fixture } from './store-fixture';

const NOW = Date.UTC(2026, 10, 27, 2);

describe("scan.land when the caller's shared windows exist already", () => {
  it('counts a second post scanned by the same phone in the same minute within 4 round trips in a row', async () => {
    const world = await buildWorld(fixture(), 0, NOW);
    const [first, second] = world.data.posts.filter((p) => p.status === 'active');
    await invoke(world, 'scan', 'o-warm', { action: 'land', postId: first.id, scanId: randomUUID() });
    await invoke(world, 'scan', 'o-walker', { action: 'land', postId: first.id, scanId: randomUUID() });
    // The phone's minute window is met again (and the address's, from the same network).
    const res = await invoke(
      world,
      'scan',
      'o-walker',
      { action: 'land', postId: second.id, scanId: randomUUID() },
      { clientAddress: '203.0.113.7' },
    );
    expect(res.result).toMatchObject({ ok: true, data: { scan: { recorded: true } } });
    expect(res.simulatedMs).toBeLessThanOrEqual(4 * 20);
  });
});
