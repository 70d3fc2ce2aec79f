/** The promise line under a resident's request: a time for answers and contact, a date for a legal-aid decision. */
import { deadlineNote, formatDeadlineDay } from '~/types/aidDeadline';
import type { RequestKind } from '~/types/requests';
import { AID_NOTICES } from './aidNotices';
import { formatTime } from './format';
import { SHARED_STRINGS } from './strings';

/** "预计 11月29日 10:00 前答复", or for aid the decision date as 民法典 第二百零一、二百零三条 count it. */
export function dueLine(kind: RequestKind, dueAt: number): string {
  if (kind === 'aid') return AID_NOTICES.decisionBy(formatDeadlineDay(dueAt), deadlineNote(dueAt));
  return SHARED_STRINGS.due[kind](formatTime(dueAt));
}
