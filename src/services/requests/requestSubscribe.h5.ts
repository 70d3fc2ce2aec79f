/** requestSubscribe on H5: nothing to ask; the local runtime's outbox (消息) carries the notifications. */

/** Resolves at once. */
export function requestSubscribe(): Promise<void> {
  return Promise.resolve();
}
