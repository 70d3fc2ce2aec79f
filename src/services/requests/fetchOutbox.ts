/** The caller's notifications (消息): answers, decisions, reminders, new requests to handle. */
import type { NoticesData } from '~/types/api';
import { callCloud } from '../cloud';

/** The newest notices (at most 50) and how many are unread. */
export function fetchOutbox(): Promise<NoticesData> {
  return callCloud('resident', 'outbox', {});
}
