/** Demo mode endpoints (/dev/demo, /dev/login): pick an identity without WeChat. Answer 404 when demo is off. */
import type { Role } from '~/types/domain';
import type { Store } from '../store/port';

/** One identity the demo offers. */
export interface DemoIdentity {
  openid: string;
  role: Role;
  label: string;
}

/** The resident identity: residents have no user row, so it is listed here. */
export const DEMO_RESIDENT: DemoIdentity = { openid: 'demo-resident', role: 'resident', label: '演示群众' };

/** The demo identities: the resident, then every bound user whose openid starts with `demo-`. */
export async function demoIdentities(store: Store): Promise<DemoIdentity[]> {
  const users = await store.users.list(100);
  const bound = users
    .filter((u) => u.openid.startsWith('demo-'))
    .map((u) => ({ openid: u.openid, role: u.role, label: u.label }));
  return [DEMO_RESIDENT, ...bound];
}

/** A few active posts with their plate links, for the banner and /dev/demo. */
export async function samplePosts(store: Store, baseUrl: string, n = 3) {
  const posts = await store.posts.page(null, n, 'active');
  return posts.map((p) => ({ id: p.id, name: p.name, scanUrl: `${baseUrl}/s/${p.id}` }));
}
