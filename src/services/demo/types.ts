/** Shapes of the local runtime's demo endpoints (GET /dev/demo, POST /dev/login), see DESIGN.md. */
import type { Role } from '~/types/domain';

/** One identity the demo lets you act as. */
export interface DemoIdentity {
  openid: string;
  role: Role;
  label: string;
}

/** GET /dev/demo reply. */
export interface DemoInfo {
  identities: DemoIdentity[];
  samplePosts: { id: string; name: string; scanUrl: string }[];
}
