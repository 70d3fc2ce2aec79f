/** Contract of the `resident` function (what every visitor may call). */
import * as v from 'valibot';
import type { Role } from '../domain';

/** resident.me: who the caller is (role and region from the database). */
export const MeInputSchema = v.strictObject({});
export type MeInput = v.InferInput<typeof MeInputSchema>;

/** Reply of resident.me. */
export interface MeData {
  role: Role;
  label: string;
  regionCode: string | null;
  regionName: string | null;
  /** Cloud-storage folder of the caller's evidence photos (`aid/<openid hash>`); absent without an openid. */
  photoFolder?: string;
}
