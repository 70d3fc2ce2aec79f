/**
 * Service points (服务点) on CloudBase: the nearest of some kinds, by kind, by id, a region's, those serving a
 * channel (routing), and the admins' writes (服务点管理). A service point is one document, so create and update
 * are single-document writes: `add` of a taken `_id` fails (nothing written), and `update` replaces the stored
 * document whole through `set` after checking it exists.
 */
import type { GeoPoint, ServiceKind, ServicePoint } from '~/types/domain';
import { distanceM } from '../../geo/distance';
import type { AuditEntry, NearestService, ServicesPort } from '../port';
import { carried, copyNow, setCarrying } from './audit-pending';
import { COLLECTIONS, fromDoc, toDoc } from './docs';
import { getOrNull, isDuplicateKey, pageById, pageKept, startsWith } from './query';
import type { CloudDatabase } from './sdk';

/**
 * Services are few (hundreds), so the nearest one is found by fetching the located services of the kinds in pages
 * of 1,000 and ranking them in memory with the same haversine as everywhere else, rather than with geoNear: exact,
 * and no dependency on the 2dsphere index being built (it is declared anyway, for geo queries on posts).
 */
async function nearestService(
  db: CloudDatabase,
  kinds: ServiceKind[],
  point: GeoPoint,
): Promise<NearestService | null> {
  if (kinds.length === 0) return null;
  const docs = await pageById(
    db.collection(COLLECTIONS.services),
    db.command,
    { kind: db.command.in(kinds) },
    null,
    Infinity,
  );
  let best: NearestService | null = null;
  for (const doc of docs) {
    const service = fromDoc.service(doc);
    if (service.lat === null || service.lng === null) continue;
    const d = distanceM(point, { lat: service.lat, lng: service.lng });
    if (best === null || d < best.distanceM || (d === best.distanceM && service.id < best.service.id)) {
      best = { service, distanceM: d };
    }
  }
  return best;
}

/** The service points group over a CloudBase database. */
export function cloudServices(db: CloudDatabase): ServicesPort {
  const _ = db.command;
  const services = () => db.collection(COLLECTIONS.services);

  async function create(point: ServicePoint, audit?: AuditEntry): Promise<boolean> {
    try {
      await services().add({
        data: { ...toDoc.service(point, db.Geo), ...carried(audit, `service\u0000${point.id}\u0000create`) },
      });
      if (audit) await copyNow(db, COLLECTIONS.services, point.id);
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async function update(point: ServicePoint, audit?: AuditEntry): Promise<boolean> {
    if (!(await getOrNull(services().doc(point.id)))) return false;
    // `set` replaces the whole document: a point whose place was cleared loses its `location` too.
    const { _id, ...fields } = toDoc.service(point, db.Geo);
    await setCarrying(db, COLLECTIONS.services, _id, fields, audit);
    return true;
  }

  return {
    nearest: (kinds, point) => nearestService(db, kinds, point),
    ofKind: async (kind, limit) =>
      (await pageById(services(), _, { kind }, null, Math.max(0, limit))).map(fromDoc.service),
    byId: async (id) => {
      const doc = await getOrNull(services().doc(id));
      return doc ? fromDoc.service(doc) : null;
    },
    // The city's own points (region 220800) start with the city prefix '2208' too, so one range holds them.
    inRegion: async (prefix, limit) =>
      (await pageKept(services(), db, { regionCode: startsWith(db, prefix) }, null, limit, () => true)).map(
        fromDoc.service,
      ),
    // Equality on an array field matches documents whose channels contain the value (MongoDB semantics).
    forChannel: async (channel, limit) =>
      (await pageById(services(), _, { channels: channel }, null, Math.max(0, limit))).map(fromDoc.service),
    create,
    update,
  };
}
