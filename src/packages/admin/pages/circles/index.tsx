/** 服务圈覆盖: which villages the 500 m circles miss, which posts overlap, where scans come from outside every circle. */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import type { CloudError } from '~/src/services/cloud';
import { CoverageLists } from './CoverageLists';
import { CoverageMap } from './CoverageMap';
import { DAY_CHOICES, STRINGS } from './strings';
import { useCoverage, type CoverageState } from './useCoverage';
import './index.scss';

function errorText(err: CloudError): string {
  if (err.code === 'UNAUTHENTICATED') return STRINGS.needAdmin;
  if (err.code === 'FORBIDDEN' || err.code === 'OUT_OF_SCOPE') return STRINGS.forbidden;
  if (err.code === 'NETWORK') return STRINGS.networkError;
  return err.message;
}

function Failure({ state }: { state: CoverageState }) {
  const err = state.error as CloudError;
  const retry = err.code === 'NETWORK' || err.code === 'INTERNAL' ? state.reload : undefined;
  const hint = err.code === 'FORBIDDEN' || err.code === 'OUT_OF_SCOPE' ? err.message : undefined;
  return <StateView kind="error" title={errorText(err)} hint={hint} onRetry={retry} />;
}

function Summary({ total, covered }: { total: number; covered: number }) {
  const figure = (cls: string, label: string, n: number) => (
    <View className={`figure-card ${cls}`}>
      <Text className="figure-label">{label}</Text>
      <Text className="figure-value">{String(n)}</Text>
    </View>
  );
  return (
    <View className="figure-cards coverage-summary">
      {figure('villages-total', STRINGS.total, total)}
      {figure('villages-covered', STRINGS.covered, covered)}
      {figure('villages-uncovered', STRINGS.uncovered, total - covered)}
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
          <View className="period-chips">
            {DAY_CHOICES.map((d) => (
              <View
                key={d}
                className={`chip days-chip${d === days ? ' chip-on' : ''}`}
                ariaRole="button"
                onClick={() => setDays(d)}
              >
                <Text>{STRINGS.days(d)}</Text>
              </View>
            ))}
          </View>
        </View>
        {state.error ? <Failure state={state} /> : null}
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
