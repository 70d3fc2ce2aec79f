/** admin.assignPosts and admin.deactivate: which posts a volunteer serves, and stopping or restoring them. */
import { adminRoute } from '../route';
import { AssignPostsInputSchema, DeactivateInputSchema, type PersonRow } from '~/types/api/network';
import { AppError } from '~/types/errors';
import type { VolunteerRow } from '~/cloudfunctions/store/port';
import type { Route } from '../../context';
import { landingCache } from '../../scan/land';
import { postInScope, volunteerInScope } from '../scope';
import { POST_TEXTS } from '../posts/texts';
import { personRows } from './view';
import { unbindUser } from '../../sessions';
import { auditEntry } from '../../audit/write';

export const PEOPLE_TEXTS = {
  inactive: '这位志愿者已停用，请先恢复再分配先锋岗',
} as const;

/** admin.assignPosts: replaces the volunteer's posts; each must be an active post of the scope. */
export const assignPosts: Route<typeof AssignPostsInputSchema, PersonRow> = adminRoute(
  AssignPostsInputSchema,
  60,
  async (ctx, input, { scope }) => {
    const row = await volunteerInScope(ctx, scope, input.volunteerId);
    if (row.active === false) throw new AppError('INVALID_INPUT', PEOPLE_TEXTS.inactive);
    const postIds = [...new Set(input.postIds)];
    for (const id of postIds) {
      const post = await postInScope(ctx, scope, id, 'postIds');
      if (post.status !== 'active') throw new AppError('INVALID_INPUT', POST_TEXTS.postRetired(id));
    }
    const updated: VolunteerRow = { ...row, postIds };
    const entry = auditEntry(ctx, {
      action: 'volunteer.assign',
      record: `volunteer:${row.id}`,
      detail: `${row.name}：${postIds.length > 0 ? postIds.join('、') : '不再服务先锋岗'}`,
    });
    await ctx.store.volunteers.put(updated, entry);
    // Landing pages list a post's volunteers: this process's copies are stale now.
    landingCache.clear();
    return (await personRows(ctx.store, [updated]))[0];
  },
);

/**
 * admin.deactivate: `active: false` takes the volunteer off every post and ends their WeChat binding (their
 * answers and the history of requests stay); `active: true` restores them with no posts.
 */
export const deactivate: Route<typeof DeactivateInputSchema, PersonRow> = adminRoute(
  DeactivateInputSchema,
  60,
  async (ctx, input, { scope }) => {
    const row = await volunteerInScope(ctx, scope, input.volunteerId);
    const updated: VolunteerRow = { ...row, active: input.active, postIds: input.active ? row.postIds : [] };
    if (input.active && row.active === false) updated.postIds = [];
    // Already as asked (a double tap, or a retry after the bindings failed to end): nothing to store or put on record
    // again, only the bindings left to end. A stopped volunteer who still serves posts (an invite accepted since)
    // is stopped again, posts and all.
    const already = input.active ? row.active !== false : row.active === false && row.postIds.length === 0;
    if (!already) {
      const entry = auditEntry(ctx, {
        action: input.active ? 'volunteer.restore' : 'volunteer.deactivate',
        record: `volunteer:${row.id}`,
        detail: row.name,
      });
      // The volunteer's row and the entry are one unit; their bindings end after.
      await ctx.store.volunteers.put(updated, entry);
    }
    if (!input.active) {
      for (const user of await ctx.store.users.byVolunteerIds([row.id])) await unbindUser(ctx.store, user.openid);
    }
    landingCache.clear();
    return (await personRows(ctx.store, [updated]))[0];
  },
);
