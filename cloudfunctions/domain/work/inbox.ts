/** work.inbox: the requests of the caller's units, those waiting for them most urgent first. */
import { needsReview } from '../content-check';
import { excerptOf } from '../requests/excerpt';
import { payloadOf } from '../requests/payload';
import { InboxInputSchema, type InboxData, type InboxItem } from '~/types/api/work';
import { isOverdue, TODO_STATUSES } from '~/types/lifecycle';
import { MEDIATION_SOURCES, REQUEST_STATUSES, type MediationSource, type RequestStatus } from '~/types/requests';
import type { RequestRow, Store } from '../../store/port';
import type { Route } from '../context';
import { canSee, unitsOf } from '../scope';
import { workerOf } from './load';
import { WORK_TEXT } from './texts';

/** Statuses in which a request waits for its handler: the lifecycles' todo statuses (types/lifecycle). */
export { TODO_STATUSES };
/** Every other status: the request waits for the resident, or nothing more happens to it. */
const DONE_STATUSES = (Object.keys(REQUEST_STATUSES) as RequestStatus[]).filter((st) => !TODO_STATUSES.includes(st));
/** An inbox lists at most this many requests. */
export const INBOX_LIMIT = 200;

/** True when the request waits for its handler. */
export const isTodo = (row: Pick<RequestRow, 'status'>) => TODO_STATUSES.includes(row.status);

/** Names of the posts and villages of some requests: one lookup per distinct id, all at once. */
export interface Names {
  post: Map<string, string>;
  village: Map<string, string>;
}

export async function namesOf(store: Store, rows: RequestRow[]): Promise<Names> {
  const postIds = [...new Set(rows.map((r) => r.postId))];
  const villageCodes = [...new Set(rows.map((r) => r.villageCode))];
  const [posts, villages] = await Promise.all([store.posts.byIds(postIds), store.regions.byCodes(villageCodes)]);
  return {
    post: new Map(posts.map((p) => [p.id, p.name])),
    village: new Map(villages.map((r) => [r.code, r.name])),
  };
}

/** Who asked, as a worker sees it: questions never show a name; mediation and aid show the applicant. */
export function requesterOf(row: RequestRow): string {
  const p = payloadOf(row);
  if (p.kind === 'question') return p.hideName ? WORK_TEXT.anonymous : WORK_TEXT.resident;
  const name = p.kind === 'mediation' ? p.applicantName : p.name;
  return name !== '' ? name : WORK_TEXT.resident;
}

function sourceOf(row: RequestRow): MediationSource | null {
  const p = payloadOf(row);
  return p.kind === 'mediation' && p.source in MEDIATION_SOURCES ? (p.source as MediationSource) : null;
}

/** One inbox row. */
export function toItem(row: RequestRow, names: Names, now: number): InboxItem {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    excerpt: excerptOf(row),
    status: row.status,
    postName: names.post.get(row.postId) ?? '',
    villageName: names.village.get(row.villageCode) ?? '',
    requester: requesterOf(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    dueAt: row.dueAt,
    // Only a promise still owed runs late: a case accepted (受理) or an application decided is not overdue.
    overdue: isOverdue(row, now),
    source: sourceOf(row),
    needsReview: needsReview(row.payload),
    urgent: isUrgent(row),
  };
}

/** The requests waiting for a worker (of their units, in their scope), most urgent first. */
export async function todoRows(store: Store, user: Parameters<typeof canSee>[0], units: string[]) {
  if (units.length === 0) return [];
  const rows = await store.requests.forAssignees({
    assignees: units,
    statuses: [...TODO_STATUSES],
    order: 'due',
    limit: INBOX_LIMIT,
  });
  // An application whose limitation period or hearing is under 7 days away (法律援助法 第四十四条: aid may be given
  // first) goes before the rest; within each group the store's order by due time stands (sort is stable).
  return rows.filter((r) => canSee(user, units, r)).sort((a, b) => Number(isUrgent(b)) - Number(isUrgent(a)));
}

/** A legal-aid application the resident marked as urgent (情况紧急, 法律援助法 第四十四条). */
function isUrgent(row: RequestRow): boolean {
  const p = payloadOf(row);
  return p.kind === 'aid' && p.urgent;
}

/** The caller's inbox. */
export const inbox: Route<typeof InboxInputSchema, InboxData> = {
  schema: InboxInputSchema,
  roles: ['volunteer', 'mediator', 'staff'],
  async handle(ctx, input) {
    const { user } = workerOf(ctx);
    const units = await unitsOf(ctx.store, user);
    const todo = await todoRows(ctx.store, user, units);
    let rows: RequestRow[];
    if (input.box === 'todo') rows = todo;
    else if (units.length === 0) rows = [];
    else {
      const all = await ctx.store.requests.forAssignees({
        assignees: units,
        // Asked of the store, so a long todo list does not crowd the done ones out of the limit.
        statuses: DONE_STATUSES,
        kind: input.kind,
        order: 'recent',
        limit: INBOX_LIMIT,
      });
      const done = all.filter((r) => canSee(user, units, r) && !isTodo(r));
      // 全部 still lists the open work first, by due time, and the finished after it, most recent first.
      rows = input.box === 'all' ? [...todo, ...done].slice(0, INBOX_LIMIT) : done;
    }
    if (input.kind) rows = rows.filter((r) => r.kind === input.kind);
    const names = await namesOf(ctx.store, rows);
    const now = ctx.now();
    return { items: rows.map((r) => toItem(r, names, now)), todoCount: todo.length };
  },
};
