/**
 * The three request lifecycles (question.ts, mediation.ts, aid.ts) and the questions every reader asks of them:
 * may this be done now, by whom, and where does it lead; what is final; what waits for the handler.
 */
import type { RequestKind, RequestStatus } from '../requests';
import { AID_LIFECYCLE } from './aid';
import { MEDIATION_LIFECYCLE } from './mediation';
import type { Actor, AnyLifecycle, LifecycleAction, Move, StatusRule } from './model';
import { QUESTION_LIFECYCLE } from './question';

export { AID_LIFECYCLE, type AidStatus } from './aid';
export { MEDIATION_LIFECYCLE, MEDIATION_STEPS, stepIndex, type MediationStatus } from './mediation';
export { QUESTION_LIFECYCLE, type QuestionStatus } from './question';
export {
  LIFECYCLE_ACTIONS,
  type Actor,
  type AnyLifecycle,
  type Lifecycle,
  type LifecycleAction,
  type Move,
  type StatusRule,
  type WorkAction,
} from './model';

/** The lifecycle of each kind of request. */
export const LIFECYCLES = {
  question: QUESTION_LIFECYCLE,
  mediation: MEDIATION_LIFECYCLE,
  aid: AID_LIFECYCLE,
} as const satisfies Record<RequestKind, AnyLifecycle>;

/** The rule of `status` in the lifecycle of `kind`; null when that kind never has that status. */
export function ruleOf(kind: RequestKind, status: RequestStatus): StatusRule | null {
  const life: AnyLifecycle = LIFECYCLES[kind];
  return life.statuses[status] ?? null;
}

/** The move `action` makes from `status` (a standing action stays where it is), or null when it is not allowed. */
export function moveOf(kind: RequestKind, status: RequestStatus, action: LifecycleAction): Move | null {
  const rule = ruleOf(kind, status);
  if (!rule) return null;
  const move = rule.actions[action];
  if (move) return move;
  const by = (LIFECYCLES[kind] as AnyLifecycle).standing[action];
  return by ? { by, to: [status] } : null;
}

/** The statuses `action` may lead to from `status`; empty when it is not allowed. */
export function nextOf(kind: RequestKind, status: RequestStatus, action: LifecycleAction): readonly RequestStatus[] {
  return moveOf(kind, status, action)?.to ?? [];
}

/** True when `actor` may take `action` now (and, given `to`, towards that status). */
export function allows(
  kind: RequestKind,
  status: RequestStatus,
  action: LifecycleAction,
  actor: Actor,
  to?: RequestStatus,
): boolean {
  const move = moveOf(kind, status, action);
  return move !== null && move.by === actor && (to === undefined || move.to.includes(to));
}

/** The actions offered now to someone who is each of `actors`, status actions first, then standing ones. */
export function actionsAt(kind: RequestKind, status: RequestStatus, actors: readonly Actor[]): LifecycleAction[] {
  const rule = ruleOf(kind, status);
  if (!rule) return [];
  const own = (Object.entries(rule.actions) as [LifecycleAction, Move][]).filter(([, m]) => actors.includes(m.by));
  const standing = Object.entries((LIFECYCLES[kind] as AnyLifecycle).standing) as [LifecycleAction, Actor][];
  return [...own, ...standing.filter(([, by]) => actors.includes(by))].map(([a]) => a);
}

const every = (test: (rule: StatusRule) => boolean): RequestStatus[] => {
  const out = new Set<RequestStatus>();
  for (const life of Object.values(LIFECYCLES) as AnyLifecycle[])
    for (const [status, rule] of Object.entries(life.statuses) as [RequestStatus, StatusRule][])
      if (test(rule)) out.add(status);
  return [...out];
};

/** Statuses after which nothing more happens to a request (a closed question, a decided application…). */
export const FINAL_STATUSES: readonly RequestStatus[] = every((r) => r.final);

/** Statuses in which a request waits for its handler (the inbox's 待处理); the rest wait for the resident or are done. */
export const TODO_STATUSES: readonly RequestStatus[] = every((r) => r.todo);

/**
 * True while the handler still owes what the request's due time promises (the first answer, the first contact, the
 * decision): only then is the time left shown and an elapsed due time overdue (已超时).
 */
export function promisePending(kind: RequestKind, status: RequestStatus): boolean {
  return ruleOf(kind, status)?.promise ?? false;
}

/** True when the promise is still owed and its time has passed. */
export function isOverdue(row: { kind: RequestKind; status: RequestStatus; dueAt: number }, now: number): boolean {
  return promisePending(row.kind, row.status) && row.dueAt < now;
}
