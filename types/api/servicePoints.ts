/**
 * Contract of 服务点管理: admins list, create and edit the service points of their region (司法所, 调解室, 法律援助
 * 中心/工作站, 公证处, 仲裁委) with the channels they serve (types/services.ts), and revoke admins below them.
 */
import * as v from 'valibot';
import { plainLine } from './text';
import type { ServicePoint, User } from '../domain';
import { PHONE_PATTERN } from '../idcard';
import { EDITABLE_SERVICE_KINDS, SERVICE_CHANNEL_KEYS, type EditableServiceKind } from '../services';
import { RegionCodeSchema, SubmissionIdSchema, wholeNumber } from './common';
import { ServiceIdSchema } from './work';

const KIND_KEYS = Object.keys(EDITABLE_SERVICE_KINDS) as EditableServiceKind[];
const text = (label: string, min: number, max: number) =>
  v.pipe(
    v.string(`${label}必须是文字`),
    plainLine,
    v.trim(),
    v.minLength(min, min > 1 ? `${label}至少${min}个字` : `请填写${label}`),
    v.maxLength(max, `${label}不能超过${max}个字`),
  );
const optionalText = (label: string, max: number) =>
  v.optional(
    v.pipe(v.string(`${label}必须是文字`), plainLine, v.trim(), v.maxLength(max, `${label}不能超过${max}个字`)),
    '',
  );

/** admin.servicePoints: the service points of a region of the scope (the whole scope by default), id order. */
export const ServicePointsInputSchema = v.strictObject({
  regionCode: v.optional(RegionCodeSchema),
  kind: v.optional(v.picklist(KIND_KEYS, '服务点类型不正确')),
});
/** A service point as the admin list shows it, with its region's name. */
export interface AdminServicePoint extends ServicePoint {
  regionName: string;
  /** False for points the admin may see but not change (the city's hotline). */
  editable: boolean;
}
export interface ServicePointsData {
  points: AdminServicePoint[];
}

/**
 * admin.saveServicePoint: creates a point (no `id`) or replaces one (with `id`). Coordinates are WGS-84 and both or
 * neither; they must lie inside the city (400 OUTSIDE_CITY) and the region inside the admin's scope (403).
 */
export const SaveServicePointInputSchema = v.strictObject({
  /** With a new point only (no `id`). */
  requestId: SubmissionIdSchema,
  id: v.optional(ServiceIdSchema),
  kind: v.picklist(KIND_KEYS, '请选择服务点类型'),
  name: text('名称', 2, 30),
  regionCode: RegionCodeSchema,
  address: text('地址', 2, 60),
  phone: v.pipe(v.string('电话必须是文字'), v.trim(), v.regex(PHONE_PATTERN, '电话号码格式不正确')),
  hours: optionalText('服务时间', 40),
  note: optionalText('备注', 60),
  lat: v.nullable(v.pipe(v.number('纬度必须是数字'), v.minValue(-90, '纬度超出范围'), v.maxValue(90, '纬度超出范围'))),
  lng: v.nullable(
    v.pipe(v.number('经度必须是数字'), v.minValue(-180, '经度超出范围'), v.maxValue(180, '经度超出范围')),
  ),
  stars: v.optional(v.nullable(wholeNumber('星级', 3, 5, { min: '星级为3至5星', max: '星级为3至5星' })), null),
  channels: v.pipe(
    v.array(v.picklist(SERVICE_CHANNEL_KEYS, '服务渠道不正确'), '服务渠道格式不正确'),
    v.maxLength(SERVICE_CHANNEL_KEYS.length, '服务渠道重复'),
    v.check((list) => new Set(list).size === list.length, '服务渠道重复'),
  ),
});

/** admin.admins: the admins of the scope (管理员列表), with whether the caller may revoke each. */
export const AdminsInputSchema = v.strictObject({});
/** One admin as the list shows them. */
export interface AdminRow extends Pick<User, 'openid' | 'regionCode' | 'label'> {
  regionName: string;
  /** True when the caller's region lies strictly above this admin's (never oneself, a peer or one above). */
  revocable: boolean;
  self: boolean;
}
export interface AdminsData {
  admins: AdminRow[];
}

/** admin.revokeAdmin: ends the admin rights of an admin below the caller (audit-logged). */
export const RevokeAdminInputSchema = v.strictObject({
  openid: v.pipe(
    v.string('管理员标识必须是文字'),
    v.minLength(1, '缺少管理员标识'),
    v.maxLength(64, '管理员标识格式不正确'),
  ),
});
