/**
 * The embedded store's service points (服务点): the nearest of some kinds, by kind, by id, a region's, those serving
 * a channel (routing), and the admins' writes (服务点管理).
 */
import type Database from 'better-sqlite3';
import type { ServicePoint } from '~/types/domain';
import type { ServicesPort } from '../port';
import type { AuditEntry } from '../port';
import { prepareAppend } from './audit';
import { serviceParams, toService, type ServiceDbRow } from './mappers';
import { nearestService } from './nearest';
import { prefixEnd } from './ranges';
import type { Statements } from './statements';
import { writeTransaction } from './write-transaction';

function prepare(db: Database.Database) {
  return {
    ofKind: db.prepare<[string, number], ServiceDbRow>('SELECT * FROM services WHERE kind = ? ORDER BY id LIMIT ?'),
    byId: db.prepare<[string], ServiceDbRow>('SELECT * FROM services WHERE id = ?'),
    inRegion: db.prepare<[string, string, number], ServiceDbRow>(
      'SELECT * FROM services WHERE region_code >= ? AND region_code < ? ORDER BY id LIMIT ?',
    ),
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
  };
}

/** The service points group of one connection. */
export function sqliteServices(db: Database.Database, shared: Statements): ServicesPort {
  const st = prepare(db);
  const appendAudit = prepareAppend(db);
  // A write and its audit entry in one transaction: both or neither.
  const audited = (statement: Database.Statement<[ServiceDbRow]>) =>
    writeTransaction(db, (point: ServicePoint, audit?: AuditEntry): boolean => {
      if (statement.run(serviceParams(point)).changes !== 1) return false;
      if (audit) appendAudit.run(audit);
      return true;
    });
  const create = audited(st.insert);
  const update = audited(st.update);
  return {
    nearest: async (kinds, point) => nearestService(shared, kinds, point),
    ofKind: async (kind, limit) => (limit > 0 ? st.ofKind.all(kind, limit).map(toService) : []),
    byId: async (id) => {
      const row = st.byId.get(id);
      return row ? toService(row) : null;
    },
    // The city's own points (region 220800) start with the city prefix '2208' too, so one range holds them.
    inRegion: async (prefix, limit) =>
      limit > 0 ? st.inRegion.all(prefix, prefixEnd(prefix), limit).map(toService) : [],
    forChannel: async (channel, limit) => (limit > 0 ? st.forChannel.all(channel, limit).map(toService) : []),
    create: async (point, audit) => create(point, audit),
    update: async (point, audit) => update(point, audit),
  };
}
