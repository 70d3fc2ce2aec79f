/**
 * A post's landing page names the offices that will handle the resident's requests, as routing picks them: its own
 * township's 司法所 and the legal-aid office serving everyone. The nearest by distance was, for posts near a township
 * border, a neighbouring township's office (while questions were handed to their own), and, near a 妇女法律援助工作站,
 * a station serving women only, shown to every resident as the legal-aid office.
 */
import { randomUUID } from 'node:crypto';
import type { LandingData } from '~/types/api';
import type { Post, ServicePoint } from '~/types/domain';
import { distanceM } from '~/cloudfunctions/geo/distance';
import { Client, startHarness, type Harness } from '../support/local-harness';

let h: Harness;
let posts: Post[];
let services: ServicePoint[];
beforeAll(async () => {
  h = await startHarness();
  posts = await h.store.posts.page(null, 100_000, 'active');
  services = await h.store.services.inRegion('22', 10_000);
});
afterAll(() => h.close());

const land = async (postId: string) =>
  (await new Client(h.url).call('scan', { action: 'land', postId, scanId: randomUUID(), source: 'link' })).json
    .data as LandingData;

const nearest = (p: Post, pick: (s: ServicePoint) => boolean) =>
  services
    .filter((s) => pick(s) && s.lat !== null && s.lng !== null)
    .map((s) => ({ s, m: distanceM(p, { lat: s.lat as number, lng: s.lng as number }) }))
    .sort((a, b) => a.m - b.m)[0]?.s;

test('a post nearer another township’s 司法所 shows its own township’s, the one its questions are handed to', async () => {
  const own = (p: Post) => services.find((s) => s.kind === 'judicialOffice' && s.regionCode === p.townshipCode);
  const border = posts.find((p) => {
    const near = nearest(p, (s) => s.kind === 'judicialOffice');
    return near !== undefined && own(p) !== undefined && near.id !== own(p)?.id;
  });
  expect(border).toBeDefined();
  const page = await land(border!.id);
  expect(page.nearby.judicialOffice?.id).toBe(own(border!)?.id);
  expect(page.nearby.judicialOffice?.distanceM).toBeGreaterThan(0);
});

test('a post nearest a women’s legal-aid station shows the office serving everyone', async () => {
  const near = posts.find((p) => nearest(p, (s) => s.kind.startsWith('legalAid'))?.channels.includes('aidWomen'));
  expect(near).toBeDefined();
  const page = await land(near!.id);
  const shown = services.find((s) => s.id === page.nearby.legalAid?.id);
  expect(shown?.channels).toContain('aid');
  expect(shown?.name).toMatch(/法律援助中心$/);
});
