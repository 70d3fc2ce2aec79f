/** What both platform implementations of callCloud share: the error type, the signature, the unwrapping. */
import { ERRORS, isApiError, type ApiResult, type ErrorCode } from '~/types/errors';
import type { ActionInput, ActionName, ActionReply, FunctionName } from '~/types/api';

/**
 * A failed call: `code` is stable for logic, `message` is Chinese and fit to show, `field` is the input field the
 * server says it is about (a top-level key or a dotted path), for a form to show the message beside.
 */
export class CloudError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  constructor(code: ErrorCode, message?: string, field?: string) {
    super(message || ERRORS[code].message);
    this.code = code;
    if (field) this.field = field;
    this.name = 'CloudError';
  }
}

/** The one way the app calls a cloud function action; weapp and H5 each implement it. */
export type CallCloud = <F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  payload: ActionInput<F, A>,
) => Promise<ActionReply<F, A>>;

/** Turns a reply envelope into its data, or throws its error as a CloudError. */
export function unwrap<T>(reply: unknown): T {
  const envelope = reply as ApiResult<T> | null | undefined;
  if (envelope && envelope.ok === true) return envelope.data;
  if (envelope && envelope.ok === false && isApiError(envelope.error)) {
    throw new CloudError(envelope.error.code, envelope.error.message, envelope.error.field);
  }
  throw new CloudError('INTERNAL');
}

/** The request body every function expects: `{ action, ...payload }`. */
export function withAction(action: string, payload: unknown): Record<string, unknown> {
  // TS cannot see that a generic ActionInput is an object; every input schema is a strictObject, so it is.
  return Object.assign({ action }, payload as object);
}

/** Wraps whatever a transport threw: CloudErrors pass through, anything else means the network failed. */
export function asCloudError(err: unknown): CloudError {
  return err instanceof CloudError ? err : new CloudError('NETWORK');
}
