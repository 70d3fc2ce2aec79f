/**
 * The dashboard's and the coverage page's tables as CSV tables (Chinese headers), built from the same replies the
 * pages show, so an exported figure always equals the one on screen.
 */
import type { ChildRow, CoverageData, DashboardData, ExportTable } from '~/types/api/dashboard';
import { dayKey } from '~/types/day';
import { daysBetween } from '../dashboard/days';
import { isoDay, pct, type CsvTable } from './csv';

/** The Chinese name of each table, used in the file name. */
export const TABLE_NAMES: Record<ExportTable, string> = {
  children: '下级统计',
  top: '扫码最多先锋岗',
  idle: '闲置先锋岗',
  volunteers: '志愿者答复情况',
  uncovered: '未覆盖村',
  overlaps: '服务圈重叠',
  clusters: '圈外扫码聚集',
  monthly: '月度统计表',
};

const LEVEL_NAMES: Record<ChildRow['level'], string> = {
  city: '市',
  county: '县（市、区）',
  township: '乡镇（街道）',
  village: '村（社区）',
  post: '先锋岗',
};

const inCirclePct = (r: { inCircle: number; withLocation: number }) =>
  r.withLocation === 0 ? '—' : `${Math.round((1000 * r.inCircle) / r.withLocation) / 10}%`;

/** A table of the dashboard reply. */
export function dashboardTable(table: 'children' | 'top' | 'idle' | 'volunteers', d: DashboardData, now: number) {
  const out: CsvTable = { header: [], rows: [] };
  if (table === 'children') {
    out.header = [
      '编码',
      '名称',
      '级别',
      '在用先锋岗',
      '扫码次数',
      '访客人次',
      '诉求',
      '带位置扫码',
      '圈内扫码',
      '圈内占比',
      '状态',
    ];
    out.rows = d.children.map((c) => [
      c.id,
      c.name,
      LEVEL_NAMES[c.level],
      c.posts,
      c.scans,
      c.visitors,
      c.requests,
      c.withLocation,
      c.inCircle,
      inCirclePct(c),
      c.retired ? '已撤销' : '在用',
    ]);
  } else if (table === 'top') {
    out.header = ['排名', '先锋岗编号', '先锋岗名称', '所在村（社区）', '扫码次数', '最近扫码日期'];
    out.rows = d.top.map((p, i) => [i + 1, p.postId, p.name, p.villageName, p.scans, isoDay(p.lastScanDay)]);
  } else if (table === 'idle') {
    const today = dayKey(now);
    out.header = ['先锋岗编号', '先锋岗名称', '所在村（社区）', '最近扫码日期', '未扫码天数'];
    out.rows = d.idle.posts.map((p) => [
      p.postId,
      p.name,
      p.villageName,
      p.lastScanDay === null ? '从未扫码' : isoDay(p.lastScanDay),
      p.lastScanDay === null ? '—' : daysBetween(p.lastScanDay, today) - 1,
    ]);
  } else {
    // In minutes: a tenth of an hour would show a 2-minute median as 0.
    out.header = ['志愿者编号', '姓名', '答复数', '答复用时中位数（分钟）', '按时答复率'];
    out.rows = d.answers.volunteers.map((v) => [
      v.volunteerId,
      v.name,
      v.answered,
      v.medianHours === null ? '—' : Math.round(v.medianHours * 60),
      pct(v.onTimePct),
    ]);
  }
  return out;
}

/** A table of the coverage reply. */
export function coverageTable(table: 'uncovered' | 'overlaps' | 'clusters', c: CoverageData): CsvTable {
  if (table === 'uncovered') {
    return {
      header: ['村（社区）代码', '村（社区）', '所属乡镇（街道）', '纬度', '经度', '最近先锋岗', '距离（米）'],
      rows: c.villages.uncovered.map((u) => [
        u.code,
        u.name,
        u.townshipName,
        u.lat,
        u.lng,
        u.nearestPostId ?? '5公里内无',
        u.nearestM ?? '—',
      ]),
    };
  }
  if (table === 'overlaps') {
    return {
      header: ['先锋岗甲编号', '先锋岗甲', '先锋岗乙编号', '先锋岗乙', '相距（米）', '重叠比例'],
      rows: c.overlaps.map((o) => [o.a.id, o.a.name, o.b.id, o.b.name, o.distanceM, `${o.overlapPct}%`]),
    };
  }
  return {
    header: [
      '序号',
      '建议位置纬度',
      '建议位置经度',
      '圈外扫码次数',
      '网格数',
      '所在乡镇（街道）',
      '最近先锋岗',
      '距离（米）',
    ],
    rows: c.clusters.map((k, i) => [
      i + 1,
      k.lat,
      k.lng,
      k.scans,
      k.cells,
      k.townshipName,
      k.nearestPostId ?? '5公里内无',
      k.nearestM ?? '—',
    ]),
  };
}
