/**
 * What a failed load means to the person looking: a refusal (401/403: not theirs to see), a miss (404/410: not
 * found, or not theirs and not said to exist), a request the server will never take (400/409…), or a fault that
 * may mend by itself (no network, a busy or failing server), the only kind for which 重试 can help.
 */
import { ERRORS } from '~/types/errors';
import { CloudError } from './cloudError';

/** The kinds of failed load; only `fault` is worth a retry. */
export type LoadFailureKind = 'refused' | 'missing' | 'rejected' | 'fault';

/** The kind of a failed load; anything that is not a CloudError is a fault (the transport threw). */
export function loadFailureKind(err: unknown): LoadFailureKind {
  if (!(err instanceof CloudError)) return 'fault';
  const { status } = ERRORS[err.code];
  if (status === 401 || status === 403) return 'refused';
  if (status === 404 || status === 410) return 'missing';
  if (status === 0 || status === 429 || status >= 500) return 'fault';
  return 'rejected';
}
