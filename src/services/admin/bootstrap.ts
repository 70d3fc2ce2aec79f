/** Binds the caller as the first city admin with the bootstrap secret (管理员口令). */
import type { BootstrapData } from '~/types/api';
import { callCloud } from '../cloud';

/** Refused with a Chinese message when the secret is wrong, bootstrap is off, or an admin already exists. */
export function bootstrapAdmin(secret: string, name: string): Promise<BootstrapData> {
  return callCloud('admin', 'bootstrap', { secret, name });
}
