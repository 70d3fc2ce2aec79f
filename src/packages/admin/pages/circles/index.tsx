/** 服务圈覆盖: which villages the 500 m circles miss, which posts overlap, where scans come from outside every circle. */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { ScopeFailure } from '../../components/Failure';
import { PeriodChips } from '../../components/PeriodChips';
import { FigureCard } from '../dashboard/FigureCards';
import { CoverageLists } from './CoverageLists';
import { CoverageMap } from './CoverageMap';
import { DAY_CHOICES, STRINGS } from './strings';
import { useCoverage } from './useCoverage';
import './index.scss';

function Summary({ total, covered }: { total: number; covered: number }) {
  return (
    <View className="figure-cards coverage-summary">
      <FigureCard className="villages-total" label={STRINGS.total} value={String(total)} />
      <FigureCard className="villages-covered" label={STRINGS.covered} value={String(covered)} />
      <FigureCard className="villages-uncovered" label={STRINGS.uncovered} value={String(total - covered)} />
    </View>
  );
}

/** The page. */
export default function CirclesPage() {
  const region = useRouter().params.region || undefined;
  const [days, setDays] = useState<number>(90);
  const state = useCoverage(region, days);
  const { data } = state;
  return (
    <PageShell className="dashboard-page circles-page">
      <View className="dash-container">
        {data ? <Text className="section-title coverage-region">{data.region.name}</Text> : null}
        <View className="card">
          <Text className="panel-title">{STRINGS.window}</Text>
          <PeriodChips
            choices={DAY_CHOICES}
            labelOf={STRINGS.days}
            selected={days}
            chipClass="days-chip"
            onSelect={setDays}
          />
        </View>
        {state.error ? <ScopeFailure error={state.error} texts={STRINGS} onRetry={state.reload} /> : null}
        {!data && !state.error ? <StateView kind="loading" /> : null}
        {data && !state.error ? (
          <View className={state.loading ? 'dash-loading' : undefined}>
            <Summary total={data.villages.total} covered={data.villages.covered} />
            <View className="card">
              <CoverageMap data={data} />
            </View>
            <CoverageLists data={data} />
          </View>
        ) : null}
      </View>
    </PageShell>
  );
}
