/**
 * admin.saveServicePoint: creates or edits a service point (司法所, 调解室, 法律援助中心/工作站, 公证处, 仲裁委) of the
 * admin's region, with the channels it serves. Every check runs before the one write, so a refusal writes nothing.
 */
import { adminRoute } from '../route';
import { randomBytes } from 'node:crypto';
import type * as v from 'valibot';
import { SaveServicePointInputSchema, type AdminServicePoint } from '~/types/api';
import type { ServicePoint } from '~/types/domain';
import { AppError } from '~/types/errors';
import { CITY_BOUNDS } from '~/types/ids';
import { auditEntry } from '../../audit/write';
import { claimOnce } from '../../request-once';
import type { HandlerContext, Route } from '../../context';
import { checkPublicText } from '../public-text';
import { landingCache } from '../../scan/land';
import { regionInScope, serviceInScope } from '../scope';
import { adminPoints, mayEdit } from './list';
import { SERVICE_POINT_TEXTS } from './texts';

type Input = v.InferOutput<typeof SaveServicePointInputSchema>;

function checkPlace(input: Input): void {
  if ((input.lat === null) !== (input.lng === null))
    throw new AppError('INVALID_INPUT', { message: SERVICE_POINT_TEXTS.bothOrNeither, field: 'lat' });
  if (input.lat === null || input.lng === null) return;
  if (input.lat < CITY_BOUNDS.minLat || input.lat > CITY_BOUNDS.maxLat)
    throw new AppError('OUTSIDE_CITY', { message: SERVICE_POINT_TEXTS.latOutside, field: 'lat' });
  if (input.lng < CITY_BOUNDS.minLng || input.lng > CITY_BOUNDS.maxLng)
    throw new AppError('OUTSIDE_CITY', { message: SERVICE_POINT_TEXTS.lngOutside, field: 'lng' });
}

/** A new point's id: its kind and 12 random hex digits (ids are never typed by admins). */
const newId = (kind: string) => `svc-${kind}-${randomBytes(6).toString('hex')}`;

async function existing(ctx: HandlerContext, scope: string, id: string, kind: string): Promise<void> {
  const old = await serviceInScope(ctx, scope, id, {
    missing: SERVICE_POINT_TEXTS.pointMissing,
    outside: SERVICE_POINT_TEXTS.pointOutside,
  });
  if (!mayEdit(scope, old)) throw new AppError('FORBIDDEN', SERVICE_POINT_TEXTS.notEditable);
  if (old.kind !== kind) throw new AppError('INVALID_INPUT', { message: SERVICE_POINT_TEXTS.kindFixed, field: 'kind' });
}

/** admin.saveServicePoint. */
export const saveServicePoint: Route<typeof SaveServicePointInputSchema, AdminServicePoint> = adminRoute(
  SaveServicePointInputSchema,
  30,
  async (ctx, input, { scope, openid }) => {
    await regionInScope(ctx, scope, input.regionCode, 'regionCode');
    checkPlace(input);
    const { name, address, hours, note } = input;
    await checkPublicText(ctx, openid, { name, address, hours, note });
    if (input.stars !== null && input.kind !== 'judicialOffice')
      throw new AppError('INVALID_INPUT', { message: SERVICE_POINT_TEXTS.starsOnlyOffice, field: 'stars' });
    const fields: Omit<ServicePoint, 'id'> = {
      kind: input.kind,
      name: input.name,
      regionCode: input.regionCode,
      address: input.address,
      phone: input.phone,
      hours: input.hours,
      lat: input.lat,
      lng: input.lng,
      stars: input.stars,
      note: input.note,
      channels: input.channels,
    };
    // Each write carries its audit entry, stored with it as one unit.
    const entryOf = (p: ServicePoint) =>
      auditEntry(ctx, {
        action: input.id !== undefined ? 'servicePoint.update' : 'servicePoint.create',
        record: `service:${p.id}`,
        detail: p.name,
      });
    let point: ServicePoint;
    if (input.id !== undefined) {
      await existing(ctx, scope, input.id, input.kind);
      point = { id: input.id, ...fields };
      if (!(await ctx.store.services.update(point, entryOf(point))))
        throw new AppError('NOT_FOUND', SERVICE_POINT_TEXTS.pointMissing);
    } else if (input.requestId !== undefined) {
      // The id is claimed for the form's submission (request-once.ts): a double tap or a retry after a lost reply
      // finds the point the first call made, and answers it.
      const { requestId, ...content } = input;
      const request = { openid, requestId, at: ctx.now(), content };
      point = { id: await claimOnce(ctx.store, 'services.create', request, newId(input.kind)), ...fields };
      if (!(await ctx.store.services.create(point, entryOf(point)))) {
        // The id was claimed for this caller's submission of these fields: the point of that id is the one it made,
        // answered as it now stands (edited since, perhaps).
        const stored = await ctx.store.services.byId(point.id);
        if (!stored) throw new AppError('INTERNAL');
        return (await adminPoints(ctx.store, scope, [stored]))[0];
      }
    } else {
      // 2^48 ids: a clash is all but impossible, but a retry costs nothing.
      for (let attempt = 0; ; attempt++) {
        point = { id: newId(input.kind), ...fields };
        if (await ctx.store.services.create(point, entryOf(point))) break;
        if (attempt >= 2) throw new AppError('INTERNAL');
      }
    }
    // Landing pages show the nearest points: this process's copies are stale now.
    landingCache.clear();
    return (await adminPoints(ctx.store, scope, [point]))[0];
  },
);
