/** 热门先锋岗 (top 10 of the period) and 闲置先锋岗 (no scan in N days), each exportable. */
import { Text } from '@tarojs/components';
import { dayKey } from '~/types/day';
import type { DashboardData, PeriodInput, PostRank } from '~/types/api/dashboard';
import { DataTable, type Column } from './DataTable';
import { ExportPanel } from './ExportPanel';
import { countText, dashed, daysBetween } from './format';
import { STRINGS } from './strings';

/** The column headings, in the dashboard's words. */
const HEADINGS = STRINGS.cols;

const TOP: Column<PostRank>[] = [
  { title: HEADINGS.post, wide: true, cell: (r) => <Text>{r.name}</Text> },
  { title: HEADINGS.village, cell: (r) => <Text>{r.villageName}</Text> },
  { title: HEADINGS.scans, cell: (r) => <Text>{countText(r.scans)}</Text> },
];

function idleColumns(today: string): Column<PostRank>[] {
  return [
    { title: HEADINGS.post, wide: true, cell: (r) => <Text>{r.name}</Text> },
    { title: HEADINGS.village, cell: (r) => <Text>{r.villageName}</Text> },
    {
      title: HEADINGS.lastScan,
      cell: (r) => <Text>{r.lastScanDay ? dashed(r.lastScanDay) : STRINGS.neverScanned}</Text>,
    },
    {
      title: HEADINGS.idleDays,
      cell: (r) => <Text>{r.lastScanDay ? STRINGS.daysIdle(daysBetween(r.lastScanDay, today)) : STRINGS.none}</Text>,
    },
  ];
}

/** Props of both panels. */
export interface RankPanelsProps {
  data: DashboardData;
  period: PeriodInput;
  onOpen: (postId: string) => void;
}

/** The two panels. */
export function RankPanels({ data, period, onOpen }: RankPanelsProps) {
  if (data.subject.level === 'post') return null;
  const subject = data.subject.id;
  const { idle } = data;
  return (
    <>
      <ExportPanel table="top" subject={subject} period={period} title={STRINGS.top}>
        {data.top.length === 0 ? (
          <Text className="muted">{STRINGS.empty}</Text>
        ) : (
          <DataTable
            className="top-table"
            columns={TOP}
            rows={data.top}
            rowKey={(r) => r.postId}
            onRowTap={(r) => onOpen(r.postId)}
          />
        )}
      </ExportPanel>
      <ExportPanel table="idle" subject={subject} period={period} title={STRINGS.idle(idle.days)}>
        <Text className="idle-count">
          {idle.posts.length < idle.count
            ? STRINGS.idleShown(idle.posts.length, idle.count)
            : STRINGS.idleCount(idle.count)}
        </Text>
        {idle.posts.length > 0 ? (
          <DataTable
            className="idle-table"
            columns={idleColumns(dayKey(Date.now()))}
            rows={idle.posts}
            rowKey={(r) => r.postId}
            onRowTap={(r) => onOpen(r.postId)}
          />
        ) : null}
      </ExportPanel>
    </>
  );
}
