/** 统计看板: the admin's main page. One subject (scope, region or post) per page; drilling down opens the next. */
import { Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { IS_H5 } from '~/src/services/platform';
import { ScopeFailure } from '../../components/Failure';
import { AnswersPanel, ServicesPanel } from './AnswersPanel';
import { ChildrenPanel } from './ChildrenPanel';
import { FigureCards } from './FigureCards';
import { clockCst } from './format';
import { Links } from './Links';
import { MonthlyExport } from './MonthlyExport';
import { drillDown, goUp, registerPage } from './navigation';
import { PatternPanels } from './PatternPanels';
import { PeriodBar } from './PeriodBar';
import { usePeriod } from './periodStore';
import { RankPanels } from './RankPanels';
import { STRINGS } from './strings';
import { Trail } from './Trail';
import { useDashboard } from './useDashboard';
import './index.scss';

/** The page. */
export default function DashboardPage() {
  const subject = useRouter().params.subject || undefined;
  const period = usePeriod((s) => s.period);
  const setPeriod = usePeriod((s) => s.setPeriod);
  const state = useDashboard(subject, period);
  const { data } = state;
  const page = useRef<ReturnType<typeof registerPage> | null>(null);
  // A drill-down leaves this page under the next one, and H5 keeps it in the same document, hidden: there it draws
  // nothing while covered, so only the page in front holds tables and charts (it redraws from its data on return).
  // WeChat keeps pages apart, and hides them for a share sheet too, where redrawing would lose the scroll place.
  const [inFront, setInFront] = useState(true);
  useDidShow(() => setInFront(true));
  useDidHide(() => setInFront(!IS_H5));

  useEffect(() => {
    page.current = registerPage(subject);
    return () => page.current?.remove();
  }, [subject]);
  useEffect(() => {
    if (subject && data) {
      Taro.setNavigationBarTitle({ title: `${STRINGS.title} · ${data.subject.name}` }).catch(() => undefined);
    }
  }, [data, subject]);

  return (
    <PageShell className="dashboard-page">
      {inFront ? (
        <View className="dash-container">
          {data ? (
            <Trail trail={data.trail} onUp={(c, isScope) => goUp(page.current?.key ?? 0, c.id, isScope)} />
          ) : null}
          <PeriodBar period={period} shown={data?.period ?? null} error={state.periodError} onChange={setPeriod} />
          {state.error ? <ScopeFailure error={state.error} texts={STRINGS} onRetry={state.reload} /> : null}
          {!data && !state.error ? <StateView kind="loading" /> : null}
          {data && !state.error ? (
            <View className={`dash-body${state.loading ? ' dash-loading' : ''}`}>
              <FigureCards now={data.figures} before={data.previous} partialDay={data.period.preset === 'today'} />
              <View className="dash-grid">
                <PatternPanels data={data} />
                <ChildrenPanel data={data} period={period} onOpen={(row) => drillDown(row.id)} />
                <RankPanels data={data} period={period} onOpen={drillDown} />
                <AnswersPanel data={data} period={period} />
                <ServicesPanel data={data} />
                {data.subject.level === 'post' ? null : <MonthlyExport subject={data.subject.id} />}
                <Links trail={data.trail} />
              </View>
              <Text className="muted rolled-at">
                {data.rolledAt === null ? STRINGS.notRolled : STRINGS.rolledAt(clockCst(data.rolledAt))}
              </Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </PageShell>
  );
}
