/** The charts: the trend, the hour of day, the weekday, and the funnel 扫码 → 提交诉求 → 已答复 → 已办结. */
import type { DashboardData } from '~/types/api/dashboard';
import { BarChart, Funnel } from '../../components/charts';
import { Panel } from './Panel';
import { STRINGS } from './strings';

/** The four chart panels. */
export function PatternPanels({ data }: { data: DashboardData }) {
  const { funnel } = data;
  const FUNNEL = STRINGS.funnelSteps;
  return (
    <>
      <Panel wide className="trend-panel" title={STRINGS.trend[data.trendUnit]}>
        <BarChart
          className="trend-chart"
          id="trend"
          title={STRINGS.trend[data.trendUnit]}
          unit={STRINGS.times}
          points={data.trend.map((t) => ({ key: t.from, label: t.label, value: t.scans }))}
        />
      </Panel>
      <Panel wide className="hours-panel" title={STRINGS.hours}>
        <BarChart
          className="hours-chart"
          fit
          title={STRINGS.hours}
          unit={STRINGS.times}
          points={data.hours.map((n, h) => ({
            key: String(h),
            label: STRINGS.hour(h),
            spoken: STRINGS.hourAria(h),
            value: n,
          }))}
        />
      </Panel>
      <Panel className="weekdays-panel" title={STRINGS.weekdays}>
        <BarChart
          className="weekdays-chart"
          title={STRINGS.weekdays}
          unit={STRINGS.times}
          points={data.weekdays.map((n, d) => ({ key: String(d), label: STRINGS.weekdayNames[d], value: n }))}
        />
      </Panel>
      <Panel className="funnel-panel" title={STRINGS.funnel}>
        <Funnel
          unit=""
          conversion={STRINGS.conversion}
          steps={[
            { key: 'scans', label: FUNNEL.scans, value: funnel.scans },
            { key: 'requests', label: FUNNEL.requests, value: funnel.requests },
            { key: 'answered', label: FUNNEL.answered, value: funnel.answered },
            { key: 'resolved', label: FUNNEL.resolved, value: funnel.resolved },
          ]}
        />
      </Panel>
    </>
  );
}
