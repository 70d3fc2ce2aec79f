/** Unbinds the caller (解除绑定): they become a resident again. */
import { callCloud } from '../cloud';

/** Unbinds; the caller's history stays with their unit. */
export async function unbind(): Promise<void> {
  await callCloud('work', 'unbind', { confirm: true });
}
