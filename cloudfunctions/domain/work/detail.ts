/** work.detail: one request in the caller's scope, with exactly the actions they may take now. */
import { WorkDetailInputSchema, type WorkAction, type WorkDetail } from '~/types/api/work';
import { actionsAt, nextOf, type Actor } from '~/types/lifecycle';
import type { Post, ServicePoint } from '~/types/domain';
import type { Store } from '../../store/port';
import type { HandlerContext, Route } from '../context';
import { requestFields } from '../requests/fields';
import { servingPoints } from '../requests/routing';
import { canSee } from '../scope';
import { handOverOffice, handOverTargets } from './handover-region';
import { requestInScope, type ScopedRequest } from './load';
import { namesOf, toItem } from './inbox';
import { agreementSummary } from './steps';

/**
 * Where the timer sends a post's overdue questions (handover-region.ts handOverOffice): its township's 司法所, else
 * its county's, else the county's legal-aid centre; null when none takes hand-overs.
 */
export async function judicialOfficeOf(store: Store, place: Pick<Post, 'villageCode' | 'townshipCode' | 'countyCode'>) {
  return handOverOffice(await servingPoints(store, 'handover'), place);
}

/** True when the point receives hand-overs of questions (its channels, set by admins). */
export const takesHandOver = (point: ServicePoint) => point.channels.includes('handover');

/** The actions the caller may take on the request in its current status (its lifecycle, types/lifecycle). */
export function actionsFor(c: ScopedRequest): WorkAction[] {
  const { rec, user } = c;
  const actors: Actor[] = ['worker'];
  if (user.role === 'staff' && user.serviceId === rec.assignee) actors.push('assignedStaff');
  // Worker and assigned-staff moves are all worker actions (WorkAction); owner and timer ones are not offered here.
  return actionsAt(rec.kind, rec.status, actors) as WorkAction[];
}

/** The request as the caller sees it. */
export async function buildDetail(ctx: HandlerContext, c: ScopedRequest): Promise<WorkDetail> {
  const { rec } = c;
  const [names, targets, unit] = await Promise.all([
    namesOf(ctx.store, [rec]),
    nextOf(rec.kind, rec.status, 'handOver').length > 0 ? handOverTargets(ctx.store, rec) : [],
    rec.kind === 'mediation' ? ctx.store.services.byId(rec.assignee) : null,
  ]);
  return {
    ...toItem(rec, names, ctx.now()),
    version: rec.version,
    fields: requestFields(rec, ctx.secrets.dataKey, { contactInFull: true }),
    timeline: rec.timeline,
    answers: rec.answers,
    rating: rec.rating === null ? null : { stars: rec.rating, word: rec.ratingWord ?? '' },
    actions: actionsFor(c),
    nextSteps: [...nextOf(rec.kind, rec.status, 'advance')],
    handOverTargets: targets.map((t) => ({ id: t.id, name: t.name })),
    agreementSummary: rec.kind === 'mediation' ? agreementSummary(rec, unit?.name ?? '') : null,
  };
}

/**
 * Reloads the request after a change and replies it as it now stands. When the change took it out of the caller's
 * scope (a hand-over), they may do nothing more with it: no actions, no targets.
 */
export async function detailAfter(ctx: HandlerContext, c: ScopedRequest): Promise<WorkDetail> {
  const rec = (await ctx.store.requests.byId(c.rec.id)) ?? c.rec;
  const out = await buildDetail(ctx, { ...c, rec });
  return canSee(c.user, c.units, rec) ? out : { ...out, actions: [], nextSteps: [], handOverTargets: [] };
}

/** work.detail. */
export const detail: Route<typeof WorkDetailInputSchema, WorkDetail> = {
  schema: WorkDetailInputSchema,
  roles: ['volunteer', 'mediator', 'staff'],
  handle: async (ctx, input) => buildDetail(ctx, await requestInScope(ctx, input.id)),
};
