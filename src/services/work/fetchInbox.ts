/** The caller's inbox (工作台): the requests of their units, most urgent first. */
import type { InboxData, InboxInput } from '~/types/api';
import { callCloud } from '../cloud';

/** One box (待处理 / 已处理 / 全部), optionally of one kind. */
export function fetchInbox(input: InboxInput): Promise<InboxData> {
  return callCloud('work', 'inbox', input);
}
