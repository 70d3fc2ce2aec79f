/** work.acceptInvite: binds the caller's WeChat account to the role an admin invited them to (邀请码). */
import { randomBytes } from 'node:crypto';
import { AcceptInviteInputSchema, type AcceptInviteData } from '~/types/api/work';
import type { User } from '~/types/domain';
import { AppError } from '~/types/errors';
import type { InviteRow, Store, VolunteerRow } from '../../store/port';
import { landingCache } from '../scan/land';
import { auditEntry } from '../audit/write';
import type { HandlerContext } from '../context';
import { secretRoute } from '../secret-route';

const VILLAGE_CODE = /^\d{12}$/;
const CREATOR_REVOKED = '邀请人已不是管理员，这个邀请码已失效，请向管理员重新申请';

/** A new volunteer row for an invite that does not re-bind an existing volunteer. */
async function newVolunteer(store: Store, invite: InviteRow): Promise<VolunteerRow> {
  let villageCode = invite.regionCode;
  if (!VILLAGE_CODE.test(villageCode) && invite.postIds.length > 0) {
    villageCode = (await store.posts.byId(invite.postIds[0]))?.villageCode ?? villageCode;
  }
  return {
    id: `v${randomBytes(8).toString('hex')}`,
    name: invite.name,
    villageCode,
    phone: '',
    phonePublic: false,
    isMediator: invite.role === 'mediator',
    hours: '',
    postIds: invite.postIds,
    photoFileId: null,
  };
}

/** Where a bound worker serves, for the confirmation: their unit (所在单位) or else their region; '' if unknown. */
async function whereOf(ctx: HandlerContext, who: { serviceId: string | null; regionCode: string | null }) {
  if (who.serviceId) return (await ctx.store.services.byId(who.serviceId))?.name ?? '';
  return who.regionCode ? ((await ctx.store.regions.byCode(who.regionCode))?.name ?? '') : '';
}

/** work.acceptInvite: anyone with an openid; an invite code is a secret too (secret-route.ts). */
export const acceptInvite = secretRoute(
  AcceptInviteInputSchema,
  10,
  async (ctx, input, openid): Promise<AcceptInviteData> => {
    const invite = await ctx.store.invites.byCode(input.code);
    if (!invite) throw new AppError('INVITE_NOT_FOUND');
    const bound = ctx.identity.user;
    // A retry by the one who used it answers as the first call did.
    if (invite.usedBy === openid && bound) {
      return { role: invite.role, label: bound.label, where: await whereOf(ctx, bound) };
    }
    if (invite.usedBy !== null) throw new AppError('INVITE_USED');
    if (invite.expiresAt < ctx.now()) throw new AppError('INVITE_EXPIRED');
    if (bound) throw new AppError('ALREADY_BOUND');
    // An invite speaks for the admin who made it: once their rights are revoked, their unused invites bind no one.
    if ((await ctx.store.users.byOpenid(invite.createdBy))?.role !== 'admin') {
      throw new AppError('INVITE_EXPIRED', CREATOR_REVOKED);
    }

    let volunteer: VolunteerRow | null = null;
    let volunteerId: string | null = null;
    // Staff and admins have no volunteer row; an admin is bound with the invite's region alone.
    if (invite.role === 'volunteer' || invite.role === 'mediator') {
      if (invite.volunteerId) {
        const existing = await ctx.store.volunteers.byId(invite.volunteerId);
        if (!existing) throw new AppError('INVITE_NOT_FOUND');
        volunteerId = existing.id;
        // A re-bound mediator keeps their row; the invite may add the mediator flag and posts.
        if (invite.role === 'mediator' || invite.postIds.length > 0) {
          volunteer = {
            ...existing,
            isMediator: existing.isMediator || invite.role === 'mediator',
            postIds: invite.postIds.length > 0 ? invite.postIds : existing.postIds,
          };
        }
      } else {
        volunteer = await newVolunteer(ctx.store, invite);
        volunteerId = volunteer.id;
      }
    }
    const user: User = {
      openid,
      role: invite.role,
      regionCode: invite.regionCode,
      label: invite.name,
      volunteerId,
      serviceId: invite.role === 'mediator' || invite.role === 'staff' ? invite.serviceId : null,
    };
    // The acceptance and its entry are one unit (InvitesPort.accept).
    const entry = auditEntry(ctx, {
      action: 'invite.accept',
      record: `invite:${invite.code.slice(-4)}`,
      detail: `${user.role}·${user.regionCode}`,
      as: user,
    });
    const outcome = await ctx.store.invites.accept(invite.code, user, volunteer, ctx.now(), entry);
    if (outcome === 'missing') throw new AppError('INVITE_NOT_FOUND');
    if (outcome === 'used') throw new AppError('INVITE_USED');
    // A new or re-bound volunteer row is on its posts' landing pages now.
    if (volunteer) landingCache.clear();
    return { role: user.role as AcceptInviteData['role'], label: user.label, where: await whereOf(ctx, user) };
  },
);
