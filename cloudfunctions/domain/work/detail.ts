/** work.detail: one request in the caller's scope, with exactly the actions they may take now. */
import { WorkDetailInputSchema, type WorkAction, type WorkDetail } from '../../../types/api/work';
import { FINAL_STATUSES, HANDOVER_KINDS, MEDIATION_NEXT, type RequestStatus } from '../../../types/requests';
import type { Post, ServicePoint } from '../../../types/domain';
import type { RequestRecord, Store } from '../../store/port';
import type { HandlerContext, Route } from '../context';
import { requestFields } from '../requests/fields';
import { canSee } from '../scope';
import { caseInScope, type WorkCase } from './load';
import { namesOf, toItem } from './inbox';
import { agreementSummary } from './steps';

// Kinds have tens of points (104 judicial offices at most): one read of a kind covers all of them.
const KIND_LIMIT = 500;

/** The township's judicial office of a post (else the first of the county), or null. */
export async function judicialOfficeOf(store: Store, post: Pick<Post, 'townshipCode' | 'countyCode'>) {
  const offices = await store.services.ofKind('judicialOffice', KIND_LIMIT);
  return (
    offices.find((o) => o.regionCode === post.townshipCode) ??
    offices.find((o) => o.regionCode.startsWith(post.countyCode)) ??
    null
  );
}

/** Where a question may be handed over: the township's judicial office and the county's legal-aid centre. */
export async function handOverTargets(store: Store, rec: RequestRecord): Promise<ServicePoint[]> {
  const [office, centres] = await Promise.all([
    judicialOfficeOf(store, rec),
    store.services.ofKind('legalAidCentre', KIND_LIMIT),
  ]);
  const centre = centres.find((c) => c.regionCode === rec.countyCode) ?? null;
  return [office, centre].filter((s): s is ServicePoint => s !== null && s.id !== rec.assignee);
}

/** True when `kind` is one a question may be handed over to. */
export const isHandOverKind = (kind: string) => (HANDOVER_KINDS as readonly string[]).includes(kind);

/** The actions the caller may take on the request in its current status. */
export function actionsFor(c: WorkCase): WorkAction[] {
  const { rec, user } = c;
  const s = rec.status;
  if (rec.kind === 'question') {
    const out: WorkAction[] = [];
    if (s === 'pending' || s === 'needMore' || s === 'answered') out.push('answer');
    if (s === 'pending') out.push('askMore');
    if (s === 'pending' || s === 'needMore' || s === 'answered') out.push('handOver');
    if (s === 'pending' || s === 'answered') out.push('close');
    return out;
  }
  if (rec.kind === 'mediation') return (MEDIATION_NEXT[s] ?? []).length > 0 ? ['advance'] : [];
  const out: WorkAction[] = [];
  if (s === 'submitted') out.push('startReview');
  if (s === 'submitted' || s === 'reviewing') out.push('approve', 'decline', 'askMore');
  if (user.role === 'staff' && user.serviceId === rec.assignee) out.push('reveal');
  return out;
}

/** The request as the caller sees it. */
export async function buildDetail(ctx: HandlerContext, c: WorkCase): Promise<WorkDetail> {
  const { rec } = c;
  const [names, targets, unit] = await Promise.all([
    namesOf(ctx.store, [rec]),
    rec.kind === 'question' && !FINAL_STATUSES.includes(rec.status) ? handOverTargets(ctx.store, rec) : [],
    rec.kind === 'mediation' ? ctx.store.services.byId(rec.assignee) : null,
  ]);
  const next: readonly RequestStatus[] = rec.kind === 'mediation' ? (MEDIATION_NEXT[rec.status] ?? []) : [];
  return {
    ...toItem(rec, names, ctx.now()),
    version: rec.version,
    fields: requestFields(rec, ctx.secrets.dataKey, { contactInFull: true }),
    timeline: rec.timeline,
    answers: rec.answers,
    rating: rec.rating === null ? null : { stars: rec.rating, word: rec.ratingWord ?? '' },
    actions: actionsFor(c),
    nextSteps: [...next],
    handOverTargets: targets.map((t) => ({ id: t.id, name: t.name })),
    agreementSummary: rec.kind === 'mediation' ? agreementSummary(rec, unit?.name ?? '') : null,
  };
}

/**
 * Reloads the request after a change and replies it as it now stands. When the change took it out of the caller's
 * scope (a hand-over), they may do nothing more with it: no actions, no targets.
 */
export async function detailAfter(ctx: HandlerContext, c: WorkCase): Promise<WorkDetail> {
  const rec = (await ctx.store.requests.byId(c.rec.id)) ?? c.rec;
  const out = await buildDetail(ctx, { ...c, rec });
  return canSee(c.user, c.units, rec) ? out : { ...out, actions: [], nextSteps: [], handOverTargets: [] };
}

/** work.detail. */
export const detail: Route<typeof WorkDetailInputSchema, WorkDetail> = {
  schema: WorkDetailInputSchema,
  roles: ['volunteer', 'mediator', 'staff'],
  handle: async (ctx, input) => buildDetail(ctx, await caseInScope(ctx, input.id)),
};
