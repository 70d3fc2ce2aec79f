/**
 * The shape of a request lifecycle (诉求办理流程): for each status of one kind of request, the actions that may be
 * taken, who may take each and where it leads; which statuses are final; which wait in the handler's todo box.
 * The tables (question.ts, mediation.ts, aid.ts) are data of this shape; handlers, the actions offered to each role
 * and the app's steps all read them, so a status or a step is added in one place.
 */
import type { RequestStatus } from '../requests';

/**
 * Everything that may happen to a request. Worker actions are the buttons of the case page (WorkAction); the
 * resident supplements (补充说明) and rates (评价); the promise timer reminds and hands overdue questions over.
 */
export const LIFECYCLE_ACTIONS = [
  'answer',
  'askMore',
  'handOver',
  'close',
  'advance',
  'startReview',
  'approve',
  'decline',
  'reveal',
  'supplement',
  'rate',
  'remind',
  'escalate',
] as const;
/** The actions a worker may be offered on the case page (by 'worker' or 'assignedStaff' in the tables). */
export type WorkAction = Exclude<(typeof LIFECYCLE_ACTIONS)[number], 'supplement' | 'rate' | 'remind' | 'escalate'>;
/** An action of some lifecycle. */
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

/**
 * Who may take an action: any worker whose scope holds the request (volunteer, mediator, staff: the route's roles
 * and `canSee` decide the rest); only the staff of the office the request is assigned to; the resident who owns it;
 * the promise timer.
 */
export type Actor = 'worker' | 'assignedStaff' | 'owner' | 'timer';

/** One allowed action: who takes it and the statuses it may lead to (the current one when it changes nothing). */
export interface Move<S extends RequestStatus = RequestStatus> {
  by: Actor;
  to: readonly S[];
}

/** One status of a lifecycle. */
export interface StatusRule<S extends RequestStatus = RequestStatus> {
  /** The actions allowed now, in the order the case page shows them. */
  actions: Partial<Record<LifecycleAction, Move<S>>>;
  /** Nothing more happens to the request (its only allowed actions are the standing ones). */
  final: boolean;
  /** The request waits for its handler (the inbox's 待处理 box). */
  todo: boolean;
  /**
   * The handler still owes what the request's due time (dueAt) promises: the first answer, the first contact (受理) or
   * the decision. Only then is the time left counted down, shown, reminded of or counted as overdue (已超时); a met
   * promise is never late, however long the rest of the work takes.
   */
  promise: boolean;
}

/** A lifecycle: where a new request starts, each status's rule, and the actions allowed in every status. */
export interface Lifecycle<S extends RequestStatus = RequestStatus> {
  start: S;
  statuses: Readonly<Record<S, StatusRule<S>>>;
  /** Actions that change no status and stay allowed in every status, final ones too (a reveal, a rating). */
  standing: Partial<Record<LifecycleAction, Actor>>;
}

/** Any kind's lifecycle, read by status without knowing the kind's own status type. */
export interface AnyLifecycle {
  start: RequestStatus;
  statuses: Readonly<Partial<Record<RequestStatus, StatusRule>>>;
  standing: Partial<Record<LifecycleAction, Actor>>;
}
