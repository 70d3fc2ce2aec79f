/** 下级统计: the next level down with the same figures; tapping a row drills into it. */
import { Text, View } from '@tarojs/components';
import type { ChildRow, DashboardData, PeriodInput } from '~/types/api/dashboard';
import { DataTable, type Column } from './DataTable';
import { ExportPanel } from './ExportPanel';
import { circleShare, countText, shareText } from './format';
import { STRINGS } from './strings';

/** The column headings, in the dashboard's words. */
const HEADINGS = STRINGS.cols;

const COLUMNS: Column<ChildRow>[] = [
  {
    title: HEADINGS.name,
    wide: true,
    cell: (r) => (
      <View className="child-name">
        <Text>{r.name}</Text>
        {r.retired ? <Text className="badge retired-badge">{STRINGS.retired}</Text> : null}
      </View>
    ),
  },
  { title: HEADINGS.scans, cell: (r) => <Text>{countText(r.scans)}</Text> },
  { title: HEADINGS.visitors, cell: (r) => <Text>{countText(r.visitors)}</Text> },
  { title: HEADINGS.requests, cell: (r) => <Text>{countText(r.requests)}</Text> },
  { title: HEADINGS.inCircle, cell: (r) => <Text>{shareText(circleShare(r))}</Text> },
  { title: HEADINGS.posts, cell: (r) => <Text>{String(r.posts)}</Text> },
];

/** Props of ChildrenPanel. */
export interface ChildrenPanelProps {
  data: DashboardData;
  period: PeriodInput;
  onOpen: (row: ChildRow) => void;
}

/** The panel; absent for a post (it has no children). */
export function ChildrenPanel({ data, period, onOpen }: ChildrenPanelProps) {
  if (data.subject.level === 'post') return null;
  return (
    <ExportPanel table="children" subject={data.subject.id} period={period} title={STRINGS.children}>
      {data.children.length === 0 ? (
        <Text className="muted">{STRINGS.noChildren}</Text>
      ) : (
        <DataTable
          className="children-table"
          columns={COLUMNS}
          rows={data.children}
          rowKey={(r) => r.id}
          rowClass={(r) => (r.retired ? 'row-retired' : undefined)}
          onRowTap={onOpen}
        />
      )}
    </ExportPanel>
  );
}
