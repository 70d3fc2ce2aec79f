/** The three lists: 未覆盖的村, 重叠较多的先锋岗, 圈外扫码聚集; each exportable, the gaps with 在此新增先锋岗. */
import { Button, Text, View } from '@tarojs/components';
import type { CoverageData, PeriodInput } from '~/types/api/dashboard';
import { ExportButton } from '../dashboard/ExportButton';
import { Panel } from '../dashboard/Panel';
import { createPostAt } from './createPost';
import { LIST_MAX, STRINGS } from './strings';

/** The column headings, in the dashboard's words. */
const HEADINGS = STRINGS.cols;
const nearest = (m: number | null) => (m === null ? STRINGS.farAway : STRINGS.metres(m));

function CreateButton({ lat, lng }: { lat: number; lng: number }) {
  return (
    <Button className="btn btn-secondary create-post" onClick={() => createPostAt(lat, lng)}>
      {STRINGS.create}
    </Button>
  );
}

function Line({ label, value }: { label: string; value: string }) {
  return (
    <View className="gap-line">
      <Text className="gap-key">{label}</Text>
      <Text className="gap-value">{value}</Text>
    </View>
  );
}

/** 共 N 条… under a list cut at LIST_MAX. */
function More({ total }: { total: number }) {
  return total > LIST_MAX ? <Text className="muted list-more">{STRINGS.more(LIST_MAX, total)}</Text> : null;
}

/** Props of the lists. */
export interface CoverageListsProps {
  data: CoverageData;
}

/** The lists. */
export function CoverageLists({ data }: CoverageListsProps) {
  const subject = data.region.id;
  // The coverage windows (30/90/365 days) are exactly the export's presets.
  const period: PeriodInput = { preset: data.days === 30 ? '30d' : data.days === 365 ? '365d' : '90d' };
  const { uncovered } = data.villages;
  return (
    <View className="dash-grid">
      <Panel
        className="uncovered-panel"
        title={STRINGS.uncoveredList}
        action={<ExportButton input={{ table: 'uncovered', subject }} />}
      >
        {uncovered.length === 0 ? <Text className="muted">{STRINGS.allCovered}</Text> : null}
        {uncovered.slice(0, LIST_MAX).map((v) => (
          <View key={v.code} className="gap-item uncovered-item">
            <Text className="gap-name">{v.name}</Text>
            <Line label={HEADINGS.township} value={v.townshipName} />
            <Line label={HEADINGS.nearest} value={nearest(v.nearestM)} />
            <CreateButton lat={v.lat} lng={v.lng} />
          </View>
        ))}
        <More total={uncovered.length} />
      </Panel>
      <Panel
        className="overlap-panel"
        title={STRINGS.overlapList}
        action={<ExportButton input={{ table: 'overlaps', subject }} />}
      >
        {data.overlaps.length === 0 ? <Text className="muted">{STRINGS.none}</Text> : null}
        {data.overlaps.slice(0, LIST_MAX).map((o) => (
          <View key={`${o.a.id}-${o.b.id}`} className="gap-item overlap-item">
            <Text className="gap-name">{STRINGS.pair(o.a.name, o.b.name)}</Text>
            <Line label={HEADINGS.distance} value={STRINGS.metres(o.distanceM)} />
            <Line label={HEADINGS.overlap} value={STRINGS.pct(o.overlapPct)} />
          </View>
        ))}
        <More total={data.overlaps.length} />
      </Panel>
      <Panel
        wide
        className="cluster-panel"
        title={STRINGS.clusterList}
        action={<ExportButton input={{ table: 'clusters', subject, period }} />}
      >
        <Text className="muted cluster-hint">{STRINGS.clusterHint}</Text>
        {data.clusters.length === 0 ? <Text className="muted">{STRINGS.none}</Text> : null}
        {data.clusters.slice(0, LIST_MAX).map((c) => (
          <View key={`${c.lat},${c.lng}`} className="gap-item cluster-item">
            <Text className="gap-name">{`${c.townshipName} · ${STRINGS.scansCount(c.scans)}`}</Text>
            <Line label={HEADINGS.suggested} value={STRINGS.latLng(c.lat, c.lng)} />
            <Line label={HEADINGS.nearest} value={nearest(c.nearestM)} />
            <CreateButton lat={c.lat} lng={c.lng} />
          </View>
        ))}
        <More total={data.clusters.length} />
      </Panel>
    </View>
  );
}
