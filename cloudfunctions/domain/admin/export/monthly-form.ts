/** The monthly summary in the shape of the bureau's statistical form (月度统计表): title rows, one line a unit, 合计. */
import type { CsvTable } from './csv';
import type { MonthlyLine } from './monthly-data';

/** The form's title. */
export const FORM_TITLE = '白城市公共法律服务先锋岗运行情况月报表';

const COLUMNS = [
  '在用先锋岗',
  '本月新增',
  '本月撤销',
  '扫码次数',
  '访客人次',
  '较上月增减',
  '法律咨询',
  '已答复',
  '按时答复率',
  '调解申请',
  '调解成功',
  '法律援助申请',
  '准予援助',
  '志愿者人数',
  '无志愿者先锋岗',
];

function cells(l: MonthlyLine): (string | number)[] {
  const change = l.scans - l.prevScans;
  return [
    l.activePosts,
    l.newPosts,
    l.retiredPosts,
    l.scans,
    l.visitors,
    change > 0 ? `+${change}` : String(change),
    l.questions,
    l.answered,
    // One decimal on every line, 合计 too (86.0%, not 86% beside 85.6%).
    l.answered === 0 ? '—' : `${((100 * l.onTime) / l.answered).toFixed(1)}%`,
    l.mediation,
    l.agreed,
    l.aid,
    l.approved,
    l.volunteers,
    l.postsWithoutVolunteer,
  ];
}

function total(lines: MonthlyLine[]): MonthlyLine {
  const out = { ...lines[0], name: '合计' };
  for (const key of Object.keys(out) as (keyof MonthlyLine)[]) {
    if (key !== 'name') out[key] = lines.reduce((s, l) => s + l[key], 0);
  }
  return out;
}

/**
 * The form of `month` (yyyymm) filled by `unitName` on `filledOn` (yyyymmdd); `unitColumn` heads the first
 * column (县（市、区）, or 乡镇（街道） for a township's own form).
 */
export function monthlyForm(
  lines: MonthlyLine[],
  month: string,
  reporter: string,
  filledOn: string,
  unitColumn: string,
): CsvTable {
  const y = month.slice(0, 4);
  const m = Number(month.slice(4, 6));
  return {
    title: [
      [FORM_TITLE],
      [`填报单位：${reporter}`],
      [`统计月份：${y}年${m}月`],
      [`填报日期：${filledOn.slice(0, 4)}年${Number(filledOn.slice(4, 6))}月${Number(filledOn.slice(6, 8))}日`],
    ],
    header: [unitColumn, ...COLUMNS],
    rows: [...lines, ...(lines.length > 0 ? [total(lines)] : [])].map((l) => [l.name, ...cells(l)]),
    signedColumns: ['较上月增减'],
  };
}
