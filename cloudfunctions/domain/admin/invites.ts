/** admin.createInvite and admin.invites: invites (邀请码) for volunteers, mediators and staff of the admin's region. */
import { adminRoute } from './route';
import { randomInt } from 'node:crypto';
import {
  CreateInviteInputSchema,
  INVITE_VALID_DAYS,
  InvitesInputSchema,
  type InviteData,
  type InviteSummary,
} from '~/types/api/admin';
import type { ServiceKind } from '~/types/domain';
import { DAY_MS } from '~/types/day';
import { AppError } from '~/types/errors';
import type { InviteRow } from '../../store/port';
import { auditEntry } from '../audit/write';
import { claimOnce } from '../request-once';
import type { Route } from '../context';
import { checkPublicText } from './public-text';
import { regionNames } from '../region-names';
import { adminScope, mustContain } from './scope';
import { INVITE_TEXTS, REGION_MISSING } from './texts';

/** The invite alphabet: digits and capitals without look-alikes (0/O, 1/I/L), as INVITE_CODE_PATTERN admits. */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 12;
const INVITES_LIMIT = 100;
/** The page a WeChat user opens to accept an invite. */
export const INVITE_PAGE = 'packages/work/pages/invite/index';

const SERVICE_KINDS: Record<'mediator' | 'staff', readonly ServiceKind[]> = {
  mediator: ['mediationRoom', 'judicialOffice'],
  staff: ['judicialOffice', 'legalAidCentre', 'legalAidStation'],
};

/** Texts of admin invites (kept here: strings.ts belongs to the other invites). */
const ADMIN_INVITE = {
  plain: '管理员邀请不需要选择先锋岗、单位或志愿者',
  level: '管理员的地区应为市、县（市、区）或乡镇（街道），不能是村',
} as const;

/**
 * An admin invites admins for their own region or any region inside it (city → county → township), never for a
 * village; an admin invite names no posts, unit or volunteer.
 */
function checkAdminInvite(input: { regionCode: string; postIds: string[]; serviceId?: string; volunteerId?: string }) {
  if (input.postIds.length > 0 || input.serviceId !== undefined || input.volunteerId !== undefined) {
    throw new AppError('INVALID_INPUT', { message: ADMIN_INVITE.plain, field: 'postIds' });
  }
  if (input.regionCode.length > 9)
    throw new AppError('INVALID_INPUT', { message: ADMIN_INVITE.level, field: 'regionCode' });
}

/** A random invite code (crypto.randomInt: uniform, unpredictable). */
export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/** admin.createInvite. */
export const createInvite: Route<typeof CreateInviteInputSchema, InviteData> = adminRoute(
  CreateInviteInputSchema,
  30,
  async (ctx, input, { scope, openid }) => {
    mustContain(scope, input.regionCode, undefined, 'regionCode');
    if (!(await ctx.store.regions.byCode(input.regionCode)))
      throw new AppError('NOT_FOUND', { message: REGION_MISSING, field: 'regionCode' });
    if (input.role === 'admin') checkAdminInvite(input);
    const postIds = [...new Set(input.postIds)];
    const found = new Map((await ctx.store.posts.byIds(postIds)).map((p) => [p.id, p] as const));
    const posts = postIds.map((id) => found.get(id) ?? null);
    posts.forEach((post, i) => {
      if (!post)
        throw new AppError('POST_NOT_FOUND', { message: INVITE_TEXTS.postMissing(postIds[i]), field: 'postIds' });
      if (post.status !== 'active')
        throw new AppError('INVALID_INPUT', { message: INVITE_TEXTS.postRetired(post.id), field: 'postIds' });
      mustContain(input.regionCode, post.villageCode, INVITE_TEXTS.postOutside(post.id), 'postIds');
    });
    // A re-bound volunteer keeps the posts of their row unless the invite names new ones.
    if (input.role === 'volunteer' && postIds.length === 0 && input.volunteerId === undefined) {
      throw new AppError('INVALID_INPUT', { message: INVITE_TEXTS.needPost, field: 'postIds' });
    }
    let serviceId: string | null = null;
    if (input.role === 'mediator' || input.role === 'staff') {
      if (!input.serviceId)
        throw new AppError('INVALID_INPUT', { message: INVITE_TEXTS.needService, field: 'serviceId' });
      // The kind is checked before the region: a wrong kind of unit is the mistake the form can fix.
      const service = await ctx.store.services.byId(input.serviceId);
      if (!service) throw new AppError('NOT_FOUND', { message: INVITE_TEXTS.serviceMissing, field: 'serviceId' });
      if (!SERVICE_KINDS[input.role].includes(service.kind))
        throw new AppError('INVALID_INPUT', { message: INVITE_TEXTS.serviceKind(input.role), field: 'serviceId' });
      mustContain(input.regionCode, service.regionCode, INVITE_TEXTS.serviceOutside, 'serviceId');
      serviceId = service.id;
    }
    if (input.volunteerId !== undefined) {
      if (input.role === 'staff') throw new AppError('INVALID_INPUT', INVITE_TEXTS.staffNoVolunteer);
      const volunteer = await ctx.store.volunteers.byId(input.volunteerId);
      if (!volunteer) throw new AppError('NOT_FOUND', INVITE_TEXTS.volunteerMissing);
      mustContain(input.regionCode, volunteer.villageCode, INVITE_TEXTS.volunteerOutside, 'regionCode');
    }
    // The name is the worker's until they change it, and a volunteer's shows on the landing page.
    await checkPublicText(ctx, openid, { name: input.name });
    const now = ctx.now();
    const base: Omit<InviteRow, 'code'> = {
      role: input.role,
      regionCode: input.regionCode,
      name: input.name,
      postIds: input.role === 'staff' || input.role === 'admin' ? [] : postIds,
      serviceId,
      volunteerId: input.volunteerId ?? null,
      createdBy: openid,
      createdAt: now,
      expiresAt: now + INVITE_VALID_DAYS * DAY_MS,
      usedBy: null,
      usedAt: null,
    };
    // 31^12 codes: a clash is all but impossible (the store refuses one, and the admin taps again). With a
    // requestId the code is claimed for the form's submission (request-once.ts): a double tap or a retry answers
    // the invite the first call made. The invite and its entry are one unit (InvitesPort.create): an invite that is
    // not on record never exists. A retry loop here once made a new usable invite each time the entry failed.
    const { requestId, ...content } = input;
    const request = requestId !== undefined ? { openid, requestId, at: now, content } : null;
    const code = request ? await claimOnce(ctx.store, 'invites.create', request, newInviteCode()) : newInviteCode();
    const reply = (i: InviteRow): InviteData => ({
      code: i.code,
      expiresAt: i.expiresAt,
      path: `${INVITE_PAGE}?code=${i.code}`,
    });
    // The submission's invite, when its other call stored it (codes claimed under the caller's own key).
    const twin = async () => {
      const stored = request ? await ctx.store.invites.byCode(code) : null;
      return stored && stored.createdBy === openid ? stored : null;
    };
    const made = await twin();
    if (made) return reply(made);
    const invite: InviteRow = { ...base, code };
    const entry = auditEntry(ctx, {
      action: 'invite.create',
      record: `invite:${code.slice(-4)}`,
      detail: `${input.role}·${input.name}·${input.regionCode}`,
    });
    try {
      await ctx.store.invites.create(invite, entry);
    } catch (err) {
      const other = await twin();
      if (other) return reply(other);
      throw err;
    }
    return reply(invite);
  },
);

/** admin.invites: unused invites of the admin's region, newest first. */
export const invites: Route<typeof InvitesInputSchema, { invites: InviteSummary[] }> = {
  schema: InvitesInputSchema,
  roles: ['admin'],
  async handle(ctx) {
    const { scope } = adminScope(ctx);
    const rows = await ctx.store.invites.forRegion(scope, INVITES_LIMIT);
    const names = await regionNames(
      ctx.store,
      rows.map((r) => r.regionCode),
    );
    return {
      invites: rows.map((r) => ({
        code: r.code,
        role: r.role,
        name: r.name,
        regionName: names.get(r.regionCode) ?? '',
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
        usedAt: r.usedAt,
      })),
    };
  },
};
