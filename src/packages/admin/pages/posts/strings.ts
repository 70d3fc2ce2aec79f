/** Every user-facing text of 岗位管理 (admin subpackage). */
import { placeLine } from '~/src/components/placeLine';

export const STRINGS = {
  region: '区域',
  search: '搜索',
  searchHint: '按名称搜索',
  statuses: { active: '在用', retired: '已撤销', all: '全部' },
  unserved: '无志愿者',
  // Mediators (调解员) serve a post as its volunteers do (they answer its questions); the count says how many.
  volunteers: (n: number, mediators: number) =>
    mediators > 0 ? `志愿者 ${n}（含调解员 ${mediators}）` : `志愿者 ${n}`,
  retired: '已撤销',
  more: '加载更多',
  loadingMore: '正在加载…',
  end: '没有更多了',
  empty: '没有符合条件的先锋岗',
  create: '新增先锋岗',
  import: '批量导入',
  plates: '打印本乡镇二维码牌',
  platesHint: '选择一个乡镇后可打印本乡镇的二维码牌',
  where: (township: string, village: string) => placeLine(township, village),
} as const;
