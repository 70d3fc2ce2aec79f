/** Demo mode exists only on the H5 local runtime (fetchDemo.h5.ts); in WeChat there is none. */
import type { DemoInfo } from './types';

/** Always null outside H5. */
export async function fetchDemo(): Promise<DemoInfo | null> {
  return null;
}
