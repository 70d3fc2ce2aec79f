/** Chinese texts shared by the admin handlers, and those of inviting workers and of the answer-promise setting. */

/** A region code that names no region. */
export const REGION_MISSING = '没有找到这个地区';

/** The checks of a new invite (邀请工作人员) against the region it binds to. */
export const INVITE_TEXTS = {
  postMissing: (id: string) => `没有找到先锋岗 ${id}`,
  postRetired: (id: string) => `先锋岗 ${id} 已撤销`,
  postOutside: (id: string) => `先锋岗 ${id} 不在所选地区内`,
  needPost: '法律明白人至少要服务一个先锋岗',
  needService: '请选择所在单位',
  serviceMissing: '没有找到这个单位',
  serviceKind: (role: string) =>
    role === 'mediator' ? '调解员的单位应为调解室或司法所' : '工作人员的单位应为司法所或法律援助机构',
  serviceOutside: '所选单位不在所选地区内',
  volunteerMissing: '没有找到这个法律明白人',
  volunteerOutside: '这个法律明白人不在所选地区内',
  staffNoVolunteer: '工作人员不能绑定法律明白人',
} as const;

/** Only the city bureau sets the answer promise (答复时限). */
export const SETTINGS_CITY_ONLY = '只有市级管理员可以修改答复时限';
