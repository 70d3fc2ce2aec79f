/**
 * The request rows the store port speaks in (诉求: questions, mediation and legal-aid applications): the stored row,
 * its changes, answers and lists. Split from rows.ts, which re-exports them.
 */
import type { TimelineEntry } from '~/types/api/requests';
import type { RequestKind, RequestStatus } from '~/types/requests';
import type { AuditEntry } from './rows';

/**
 * A resident's request as stored. `owner` is the caller's openid (to notify them later); it is never shown to
 * other residents. `payload` holds the kind-specific fields as the handler wrote them (personal numbers already
 * encrypted); the store keeps it as an opaque JSON object.
 */
export interface RequestRow {
  id: string;
  kind: RequestKind;
  owner: string;
  clientId: string;
  postId: string;
  villageCode: string;
  townshipCode: string;
  countyCode: string;
  /** Who must act: `post:<postId>` for a question, a service id for mediation and legal aid. */
  assignee: string;
  status: RequestStatus;
  title: string;
  payload: Record<string, string | number | boolean | null>;
  createdAt: number;
  updatedAt: number;
  dueAt: number;
  /** Bumped by every change (starts at 1): a change made against an older version is refused ('stale'). */
  version: number;
  /**
   * Who first answered or decided it: the volunteer id (`v…`) of a volunteer or mediator, else the openid of the
   * staff member. Null until then. With `firstAnswerAt` it feeds the worker's own figures (工作量).
   */
  answeredBy: string | null;
  firstAnswerAt: number | null;
  /** The resident's rating of the answer, 1–5, and their word; null until rated. */
  rating: number | null;
  ratingWord: string | null;
  /** When the cron timer reminded the volunteers that the promise runs out; null if not yet. */
  remindedAt: number | null;
  /** When the cron timer handed it over for being overdue; null if it never was. */
  escalatedAt: number | null;
}

/** An answer to a request, with the guides the answerer linked. */
export interface RequestAnswer {
  at: number;
  by: string;
  text: string;
  guideIds: string[];
}

/**
 * One change to a request, applied as a unit: the fields given are set, `updatedAt` becomes `at`, the version goes
 * up by one, and the timeline entry (and answer, if any) are appended. Fields absent are left as they are.
 */
export interface RequestChange {
  at: number;
  status?: RequestRow['status'];
  assignee?: string;
  dueAt?: number;
  /** Keys merged into the payload (a key set to null is stored as null). */
  payload?: RequestRow['payload'];
  answeredBy?: string;
  firstAnswerAt?: number;
  rating?: number;
  ratingWord?: string;
  remindedAt?: number;
  escalatedAt?: number;
  /** Appended to the history; every change that a resident or worker should see has one. */
  event?: TimelineEntry;
  answer?: RequestAnswer;
  /**
   * The audit entry (审计日志) of the change, stored with it as one unit: a change that needs an entry is never
   * stored without it, and a failed change leaves no entry (a decision, a mediation step).
   */
  audit?: AuditEntry;
}

/** Outcome of a change: applied, refused because the version moved on, or the request is gone. */
export type ChangeOutcome = 'ok' | 'stale' | 'missing';

/** Which requests of some assignees to list. */
export interface AssigneeQuery {
  assignees: string[];
  /** Only these statuses; all when absent. */
  statuses?: RequestStatus[];
  /** Only this kind; all when absent. */
  kind?: RequestKind;
  /** 'due': earliest dueAt first (ties by id); 'recent': latest updatedAt first (ties by id, descending). */
  order: 'due' | 'recent';
  limit: number;
}

/** A request with its history and answers, oldest first. */
export interface RequestRecord extends RequestRow {
  timeline: TimelineEntry[];
  answers: RequestAnswer[];
}

/** Outcome of creating a request: the new id, or the id already stored for the same (owner, clientId). */
export interface CreateOutcome {
  id: string;
  created: boolean;
}

/**
 * The outcome of a mediation case for the statistics: its status once agreed or failed; after the revisit (已回访),
 * the last outcome among its dated steps (payload.steps, a JSON array in one string, as work.advance writes it).
 * Both stores read it here, so the SQLite and CloudBase figures agree.
 */
export function mediationOutcome(kind: RequestKind, status: RequestStatus, steps: unknown): 'agreed' | 'failed' | null {
  if (kind !== 'mediation') return null;
  if (status === 'agreed' || status === 'failed') return status;
  if (status !== 'revisited' || typeof steps !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(steps);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  for (let i = parsed.length - 1; i >= 0; i--) {
    const to = (parsed[i] as { to?: unknown } | null)?.to;
    if (to === 'agreed' || to === 'failed') return to;
  }
  return null;
}
