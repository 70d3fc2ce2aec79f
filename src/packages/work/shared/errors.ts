/** What a failed call tells the user: the server's Chinese message, never a raw code. */
import { ERRORS } from '~/types/errors';
import { CloudError } from '~/src/services/cloud';

/** Normalises anything thrown by a service into a CloudError. */
export function asError(err: unknown): CloudError {
  return err instanceof CloudError ? err : new CloudError('INTERNAL');
}

/** The Chinese message to show for `err`. */
export function messageOf(err: unknown): string {
  const e = asError(err);
  // A message that is only the code (a bug somewhere) falls back to the code's own Chinese text.
  return e.message && e.message !== e.code ? e.message : ERRORS[e.code].message;
}
