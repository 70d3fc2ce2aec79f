/** Chinese texts of 服务点管理 (service points) and of revoking admins (管理员列表). */

/** Creating and editing a service point. */
export const SERVICE_POINT_TEXTS = {
  pointMissing: '没有找到这个服务点',
  notEditable: '这个服务点由市级统一维护，不能在这里修改',
  kindFixed: '服务点类型不能修改，请新建一个服务点',
  pointOutside: '这个服务点不在您负责的地区内',
  bothOrNeither: '经纬度需同时填写，或都不填',
  latOutside: '纬度不在本市范围内，请检查位置',
  lngOutside: '经度不在本市范围内，请检查位置',
  starsOnlyOffice: '只有司法所可以设置星级',
} as const;

/** Revoking an admin of a region below the caller's. */
export const REVOKE_TEXTS = {
  adminMissing: '没有找到这位管理员',
  revokeSelf: '不能撤销自己的管理员权限，如需解除请联系上级管理员',
  revokeNotBelow: '只能撤销下级地区的管理员',
  revokedLabel: (label: string) => `撤销管理员 ${label}`,
} as const;
