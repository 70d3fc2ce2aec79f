/** subscribeWork on H5: no WeChat messages; the outbox (消息) carries every notice. */
import type { SubscribeOutcome } from './subscribeOutcome';

/** No templates on H5: the inbox shows no subscribe banner. */
export function workTemplateIds(): string[] {
  return [];
}

/** Nothing to ask. */
export function subscribeWork(): Promise<SubscribeOutcome> {
  return Promise.resolve('unavailable');
}
