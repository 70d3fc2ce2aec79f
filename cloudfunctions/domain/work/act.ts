/**
 * One worker action on a request, the way every `work` action ends: the change stored with its history entry (and
 * its audit entry, when it has one) as one unit, the resident told, and the request replied as it now stands. The
 * lifecycle guard (load.ts `ensureAllowed`) runs first.
 */
import type { WorkDetail } from '~/types/api/work';
import type { RequestStatus } from '~/types/requests';
import type { RequestChange } from '../../store/port';
import { auditEntry, type AuditNote } from '../audit/write';
import type { HandlerContext, NoticeKind } from '../context';
import { notify, workersOf } from '../notify';
import { detailAfter } from './detail';
import { actorLabel, applyChange, workerKey, type ScopedRequest } from './load';

/** What the resident is told of the change. */
export interface ResidentNotice {
  title: string;
  body: string;
  kind: NoticeKind;
}

/** The change of one action: where it leads, the history note, what else changes, what the resident is told. */
export interface WorkStep {
  to: RequestStatus;
  note: string;
  /** The history's 'by': the caller's label (actorLabel) unless given. */
  by?: string;
  /** Set the caller's first answer (their own figures) if nobody answered yet. */
  firstAnswer?: boolean;
  change?: Omit<RequestChange, 'at' | 'status' | 'event'>;
  notice: ResidentNotice;
  /** The audit entry (审计日志) of the step, stored with the change as one unit (a decision, a mediation step). */
  audit?: AuditNote;
  /** A hand-over: the workers of the office now assigned are told too (a notice titled `title`, the request's title). */
  newAssignee?: { id: string; title: string };
}

/** Stores the step of request `c` at `now`, tells its resident, and replies the request as it now stands. */
export async function takeStep(
  ctx: HandlerContext,
  c: ScopedRequest,
  now: number,
  step: WorkStep,
): Promise<WorkDetail> {
  const first = step.firstAnswer === true && c.rec.firstAnswerAt === null;
  await applyChange(ctx, c.rec, {
    ...step.change,
    at: now,
    status: step.to,
    ...(first ? { answeredBy: workerKey(c.user, c.openid), firstAnswerAt: now } : {}),
    event: { at: now, status: step.to, by: step.by ?? (await actorLabel(ctx, c.user, c.rec.kind)), note: step.note },
    ...(step.audit ? { audit: auditEntry(ctx, step.audit) } : {}),
  });
  const { title, body, kind } = step.notice;
  const to = step.newAssignee;
  await Promise.all([
    to &&
      notify(
        ctx,
        workersOf(ctx.store, to.id),
        { title: to.title, body: c.rec.title, requestId: c.rec.id, target: 'work' },
        'assigned',
      ),
    notify(ctx, [c.rec.owner], { title, body, requestId: c.rec.id, target: 'resident' }, kind),
  ]);
  return detailAfter(ctx, c);
}
