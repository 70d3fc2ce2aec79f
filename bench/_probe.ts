import { randomUUID } from 'node:crypto';
import { generateDataset } from '../scripts/seed';
import { buildWorld, invoke, invokeTick } from '../test/support/cloud-world';

async function main() {
  const all = generateDataset();
  const keep = (code: string) => code.startsWith('220802') || code === '220800';
  const data = {
    regions: all.regions.filter((r) => keep(r.code)),
    posts: all.posts.filter((p) => p.countyCode === '220802'),
    services: all.services.filter((s) => keep(s.regionCode)),
    volunteers: all.volunteers.filter((v) => v.villageCode.startsWith('220802')),
    users: all.users,
  };
  const now = Date.UTC(2026, 10, 27, 2);
  const t = performance.now();
  const w = await buildWorld(data, Number(process.env.N ?? 20000), now);
  console.log('posts', data.posts.length, 'built in', Math.round(performance.now() - t), 'ms');
  const post = data.posts.find((p) => p.status === 'active')!;
  const show = (label: string, r: { roundTrips: number; simulatedMs: number; cpuMs: number; result?: unknown }) =>
    console.log(label, r.roundTrips, r.simulatedMs, Math.round(r.cpuMs), JSON.stringify((r as { result?: { ok: boolean; error?: unknown } }).result?.ok ?? ''), JSON.stringify((r as { result?: { error?: unknown } }).result?.error ?? ''));
  show('scan.land', await invoke(w, 'scan', 'o-r1', { action: 'land', postId: post.id, scanId: randomUUID() }));
  show('scan.land2', await invoke(w, 'scan', 'o-r1', { action: 'land', postId: post.id, scanId: randomUUID() }));
  show('dash city', await invoke(w, 'admin', 'demo-admin', { action: 'dashboard', period: { preset: '365d' } }));
  show('dash city2', await invoke(w, 'admin', 'demo-admin', { action: 'dashboard', period: { preset: '365d' } }));
  show('dash county', await invoke(w, 'admin', 'demo-county-admin', { action: 'dashboard', period: { preset: '30d' } }));
  show('dash township', await invoke(w, 'admin', 'demo-township-admin', { action: 'dashboard', period: { preset: '7d' } }));
  show('coverage', await invoke(w, 'admin', 'demo-county-admin', { action: 'coverage' }));
  show('tick', await invokeTick(w));
}
void main();
