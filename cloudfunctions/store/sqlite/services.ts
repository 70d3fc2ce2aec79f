/** The embedded store's service-point writes and channel reads (服务点管理, routing by channel), and admin lists. */
import type Database from 'better-sqlite3';
import type { ServicePoint } from '../../../types/domain';
import type { Store } from '../port';
import { prefixEnd } from './network';
import { serviceParams, toService, toUser, type ServiceDbRow, type UserDbRow } from './mappers';

/** The parts of the port built here; index.ts assembles them. */
export interface ServiceParts {
  services: Pick<Store['services'], 'forChannel' | 'create' | 'update'>;
  adminsIn: Store['users']['adminsIn'];
}

/** Wraps an adapter method (index.ts's `guard`: rethrows foreign SqliteErrors as local ones). */
type Guard = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => (...args: A) => Promise<R>;

/** Prepares the statements and builds the methods over one connection, each wrapped by `guard`. */
export function serviceParts(db: Database.Database, guard: Guard): ServiceParts {
  const st = {
    // Hundreds of points in all: a pass over them with json_each is cheaper than keeping a channel index.
    forChannel: db.prepare<[string, number], ServiceDbRow>(
      `SELECT * FROM services WHERE EXISTS (SELECT 1 FROM json_each(services.channels) WHERE value = ?)
       ORDER BY id LIMIT ?`,
    ),
    insert: db.prepare<[ServiceDbRow]>(
      `INSERT INTO services (id, kind, name, region_code, address, phone, hours, lat, lng, stars, note, channels)
       VALUES (@id, @kind, @name, @region_code, @address, @phone, @hours, @lat, @lng, @stars, @note, @channels)
       ON CONFLICT (id) DO NOTHING`,
    ),
    update: db.prepare<[ServiceDbRow]>(
      `UPDATE services SET kind = @kind, name = @name, region_code = @region_code, address = @address,
         phone = @phone, hours = @hours, lat = @lat, lng = @lng, stars = @stars, note = @note, channels = @channels
       WHERE id = @id`,
    ),
    adminsIn: db.prepare<[string, string, number], UserDbRow>(
      `SELECT * FROM users WHERE role = 'admin' AND region_code >= ? AND region_code < ? ORDER BY openid LIMIT ?`,
    ),
  };
  return {
    services: {
      forChannel: guard(async (channel: string, limit: number) =>
        limit > 0 ? st.forChannel.all(channel, limit).map(toService) : [],
      ),
      create: guard(async (point: ServicePoint) => st.insert.run(serviceParams(point)).changes === 1),
      update: guard(async (point: ServicePoint) => st.update.run(serviceParams(point)).changes === 1),
    },
    adminsIn: guard(async (prefix: string, limit: number) =>
      limit > 0 ? st.adminsIn.all(prefix, prefixEnd(prefix), limit).map(toUser) : [],
    ),
  };
}
