/** Chinese texts of the network actions (岗位管理, 批量导入, 二维码牌, 人员管理). */
import { CITY_BOUNDS } from '~/types/ids';

/** Refusals about posts, villages and places. */
export const POST_TEXTS = {
  postMissing: (id: string) => `没有找到先锋岗 ${id}`,
  postRetired: (id: string) => `先锋岗 ${id} 已撤销`,
  postOutside: (id: string) => `先锋岗 ${id} 不在您负责的地区内`,
  villageMissing: (code: string) => `没有找到村代码为 ${code} 的村（社区）`,
  villageOutside: (name: string) => `${name}不在您负责的地区内`,
  outsideCity: (name: string) => `位置不在${name}范围内，请检查经纬度`,
  farFromVillage: (km: number, village: string) =>
    `位置距${village}中心约${km}公里，超过20公里，请检查经纬度是否填反或填错`,
  latOutside: '纬度不在本市范围内',
  swapped: `纬度和经度好像填反了：本市的纬度在${CITY_BOUNDS.minLat}—${CITY_BOUNDS.maxLat}之间，经度在${CITY_BOUNDS.minLng}—${CITY_BOUNDS.maxLng}之间，请对调后再试`,
  lngOutside: '经度不在本市范围内',
  noChange: '没有要保存的修改',
  postExists: (ids: string[]) => `岗位编号已被使用：${ids.slice(0, 5).join('、')}${ids.length > 5 ? ' 等' : ''}`,
  seqFull: '这个村的岗位编号已用完，请自行填写岗位编号',
} as const;

/** The lines of a post's change history (岗位变更记录). */
export const POST_HISTORY_TEXTS = {
  create: (name: string) => `新建先锋岗「${name}」`,
  name: (from: string, to: string) => `名称由「${from}」改为「${to}」`,
  address: (from: string, to: string) => `地址由「${from}」改为「${to}」`,
  move: (from: string, to: string) => `位置由 ${from} 移至 ${to}`,
  retire: '撤销先锋岗（旧二维码牌仍可扫码，显示已撤销）',
  restore: '恢复先锋岗',
  imported: (file: string, row: number) => `由导入文件${file}第${row}行创建`,
  /** Who made a change, when the admin's name is not known. */
  someone: '管理员',
} as const;
