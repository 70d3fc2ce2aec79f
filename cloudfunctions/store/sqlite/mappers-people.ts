/** `volunteers` and `users` rows as SQLite returns them, and their conversion to and from the domain types. */
import type { Role, User } from '~/types/domain';
import type { VolunteerRow } from '../port';
import { bit } from './mappers-scans';

/** A `volunteers` row joined with its served posts as a JSON array. */
export interface VolunteerDbRow {
  id: string;
  name: string;
  village_code: string;
  phone: string;
  phone_public: 0 | 1;
  is_mediator: 0 | 1;
  hours: string;
  photo_file_id: string | null;
  active: 0 | 1;
  post_ids: string;
}

/** A `users` row. */
export interface UserDbRow {
  openid: string;
  role: Role;
  region_code: string;
  label: string;
  volunteer_id: string | null;
  service_id: string | null;
}

/** Volunteers with their post ids (`post_ids`, a JSON array in id order), for toVolunteer. */
export const VOLUNTEER_WITH_POSTS = `SELECT v.*, (
    SELECT json_group_array(post_id) FROM (
      SELECT post_id FROM volunteer_posts WHERE volunteer_id = v.id ORDER BY post_id)
  ) AS post_ids
  FROM volunteers v`;

/** Volunteer row (with its JSON list of posts) → port row. */
export function toVolunteer(r: VolunteerDbRow): VolunteerRow {
  return {
    id: r.id,
    name: r.name,
    villageCode: r.village_code,
    phone: r.phone,
    phonePublic: r.phone_public === 1,
    isMediator: r.is_mediator === 1,
    hours: r.hours,
    postIds: JSON.parse(r.post_ids) as string[],
    photoFileId: r.photo_file_id,
    // Absent means active (the port's convention), so rows written before deactivation existed read the same.
    ...(r.active === 0 ? { active: false } : {}),
  };
}

/** User row → domain. */
export function toUser(r: UserDbRow): User {
  return {
    openid: r.openid,
    role: r.role,
    regionCode: r.region_code,
    label: r.label,
    volunteerId: r.volunteer_id,
    serviceId: r.service_id,
  };
}

/** User → row. */
export function userParams(u: User): UserDbRow {
  return {
    openid: u.openid,
    role: u.role,
    region_code: u.regionCode,
    label: u.label,
    volunteer_id: u.volunteerId,
    service_id: u.serviceId,
  };
}

/** Volunteer → row (its posts are written to volunteer_posts apart). */
export function volunteerParams(v: VolunteerRow): Omit<VolunteerDbRow, 'post_ids'> {
  return {
    id: v.id,
    name: v.name,
    village_code: v.villageCode,
    phone: v.phone,
    phone_public: bit(v.phonePublic),
    is_mediator: bit(v.isMediator),
    hours: v.hours,
    photo_file_id: v.photoFileId,
    active: bit(v.active !== false),
  };
}
