/** What every `work` action shares: the caller, their units, the request in scope, and a checked change. */
import type { User } from '~/types/domain';
import { AppError } from '~/types/errors';
import { allows, FINAL_STATUSES, moveOf, type WorkAction } from '~/types/lifecycle';
import type { RequestKind, RequestStatus } from '~/types/requests';
import type { RequestChange, RequestRecord } from '../../store/port';
import { refuseRisky } from '../content-check';
import type { HandlerContext } from '../context';
import { canSee, unitsOf } from '../scope';
import { WORK_TEXT } from './texts';

/** A request the caller may act on, with who they are. */
export interface ScopedRequest {
  user: User;
  openid: string;
  units: string[];
  rec: RequestRecord;
}

/** The bound caller (the route's roles already admitted them). */
export function workerOf(ctx: HandlerContext): { user: User; openid: string } {
  const user = ctx.identity.user;
  const openid = ctx.identity.openid;
  if (!user || !openid) throw new AppError('UNAUTHENTICATED');
  return { user, openid };
}

/** The request `id` when it is in the caller's scope; anything else answers exactly as a missing request. */
export async function requestInScope(ctx: HandlerContext, id: string): Promise<ScopedRequest> {
  const { user, openid } = workerOf(ctx);
  const [units, rec] = await Promise.all([unitsOf(ctx.store, user), ctx.store.requests.byId(id)]);
  if (!rec || !canSee(user, units, rec)) throw new AppError('REQUEST_NOT_FOUND');
  return { user, openid, units, rec };
}

/** Who the worker is in history entries: 法律明白人 / 调解员 and their name, or the staff member's unit. */
export async function actorLabel(ctx: HandlerContext, user: User, kind: RequestKind): Promise<string> {
  if (user.role === 'staff') {
    const unit = user.serviceId ? await ctx.store.services.byId(user.serviceId) : null;
    return unit?.name ?? user.label;
  }
  const row = user.volunteerId ? await ctx.store.volunteers.byId(user.volunteerId) : null;
  const name = row?.name ?? user.label;
  return user.role === 'mediator' && kind === 'mediation' ? WORK_TEXT.mediator(name) : WORK_TEXT.volunteer(name);
}

/** The key a worker's own figures are kept under: their volunteer id, or the staff member's openid. */
export function workerKey(user: User, openid: string): string {
  return user.volunteerId ?? openid;
}

/** Refuses a change to a request that has reached a final status, or that changed since the caller saw it. */
export function ensureOpen(rec: RequestRecord, version: number): void {
  if (FINAL_STATUSES.includes(rec.status)) throw new AppError('REQUEST_CLOSED');
  if (rec.version !== version) throw new AppError('REQUEST_CHANGED');
}

/**
 * Refuses an action the request's lifecycle (types/lifecycle) does not give a worker in its current status, or
 * that does not lead to `to`; returns the status the action leads to.
 */
export function ensureAllowed(rec: RequestRecord, action: WorkAction, to?: RequestStatus): RequestStatus {
  const move = moveOf(rec.kind, rec.status, action);
  if (!move || move.by !== 'worker' || (to !== undefined && !move.to.includes(to)))
    throw new AppError('INVALID_TRANSITION');
  return to ?? move.to[0];
}

/**
 * The request `id` in the caller's scope, open, unchanged since `version`, with `action` allowed now (towards
 * `to`, when given): the request in scope and the status the action leads to.
 */
export async function openRequest(
  ctx: HandlerContext,
  input: { id: string; version: number },
  action: WorkAction,
  to?: RequestStatus,
): Promise<{ c: ScopedRequest; to: RequestStatus }> {
  const c = await requestInScope(ctx, input.id);
  ensureOpen(c.rec, input.version);
  return { c, to: ensureAllowed(c.rec, action, to) };
}

/** The aid application `id` for the staff of the office it is assigned to only (full numbers, evidence photos). */
export async function assignedStaffRequest(ctx: HandlerContext, id: string, notAid: string): Promise<ScopedRequest> {
  const c = await requestInScope(ctx, id);
  if (!allows(c.rec.kind, c.rec.status, 'reveal', 'assignedStaff')) throw new AppError('FORBIDDEN', notAid);
  if (c.user.role !== 'staff' || c.user.serviceId !== c.rec.assignee) throw new AppError('FORBIDDEN');
  return c;
}

/** Stores a change if nobody changed the request meanwhile (compare-and-set on the version). */
export async function applyChange(ctx: HandlerContext, rec: RequestRecord, change: RequestChange): Promise<void> {
  const outcome = await ctx.store.requests.update(rec.id, rec.version, change);
  if (outcome === 'stale') throw new AppError('REQUEST_CHANGED');
  if (outcome === 'missing') throw new AppError('REQUEST_NOT_FOUND');
}

/**
 * Refuses a worker's text the check finds 'risky'. A bound worker's 'review' text or a failed check is let through
 * (the answer a resident waits for is not held up by WeChat's quota); screenText logs the failure.
 */
export async function checkText(ctx: HandlerContext, openid: string, ...texts: string[]): Promise<void> {
  await refuseRisky(ctx.contentChecker, openid, WORK_TEXT.contentRejected, ...texts);
}
