/** A browser has no scope setting to read: nothing is granted in advance. */

/** Always false on H5; the landing asks the resident instead (useScanLocation). */
export async function locationAuthorized(): Promise<boolean> {
  return false;
}
