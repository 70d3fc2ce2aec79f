/**
 * Service points on CloudBase (服务点管理, routing by channel) and the admin list. A service point is one document,
 * so create and update are single-document writes: `add` of a taken `_id` fails (nothing written), and `update`
 * replaces the stored document whole through `set` after checking it exists.
 */
import type { ServicePoint } from '../../../types/domain';
import type { Store } from '../port';
import { COLLECTIONS, fromDoc, toDoc } from './docs';
import { startsWith } from './network';
import { getOrNull, isDuplicateKey, pageById } from './query';
import type { CloudDatabase } from './sdk';

/** The parts of the port built here; index.ts assembles them. */
export interface CloudServiceParts {
  services: Pick<Store['services'], 'forChannel' | 'create' | 'update'>;
  adminsIn: Store['users']['adminsIn'];
}

/** The service-point writes, channel reads and admin list over a CloudBase database. */
export function cloudServices(db: CloudDatabase): CloudServiceParts {
  const _ = db.command;
  const services = () => db.collection(COLLECTIONS.services);

  async function create(point: ServicePoint): Promise<boolean> {
    try {
      await services().add({ data: toDoc.service(point, db.Geo) });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async function update(point: ServicePoint): Promise<boolean> {
    if (!(await getOrNull(services().doc(point.id)))) return false;
    // `set` replaces the whole document, so a point whose place was cleared loses its `location` too.
    const { _id, ...fields } = toDoc.service(point, db.Geo);
    await services().doc(_id).set({ data: fields });
    return true;
  }

  return {
    services: {
      // Equality on an array field matches documents whose channels contain the value (MongoDB semantics).
      forChannel: async (channel, limit) =>
        (await pageById(services(), _, { channels: channel }, null, Math.max(0, limit))).map(fromDoc.service),
      create,
      update,
    },
    adminsIn: async (prefix, limit) =>
      (
        await pageById(
          db.collection(COLLECTIONS.users),
          _,
          { role: 'admin', regionCode: startsWith(db, prefix) },
          null,
          Math.max(0, limit),
        )
      ).map(fromDoc.user),
  };
}
