/** 志愿者答复 (answer counts, median time, promise compliance) and the 调解 / 法律援助 counts. */
import { Text, View } from '@tarojs/components';
import type { DashboardData, PeriodInput, VolunteerAnswers } from '~/types/api/dashboard';
import { DataTable, type Column } from './DataTable';
import { ExportPanel } from './ExportPanel';
import { hoursText, pctText } from './format';
import { Panel } from './Panel';
import { STRINGS } from './strings';

/** The column headings, in the dashboard's words. */
const HEADINGS = STRINGS.cols;

const COLUMNS: Column<VolunteerAnswers>[] = [
  { title: HEADINGS.volunteer, wide: true, cell: (r) => <Text>{r.name}</Text> },
  { title: HEADINGS.answered, cell: (r) => <Text>{String(r.answered)}</Text> },
  { title: HEADINGS.median, cell: (r) => <Text>{hoursText(r.medianHours)}</Text> },
  { title: HEADINGS.onTime, cell: (r) => <Text>{pctText(r.onTimePct)}</Text> },
];

/** Props of both panels. */
export interface AnswersPanelProps {
  data: DashboardData;
  period: PeriodInput;
}

/** 志愿者答复. */
export function AnswersPanel({ data, period }: AnswersPanelProps) {
  const { answers } = data;
  return (
    <ExportPanel
      table="volunteers"
      subject={data.subject.id}
      period={period}
      className="answers-panel"
      title={STRINGS.volunteers}
    >
      <Text className="answers-summary">
        {STRINGS.answersSummary(answers.answered, hoursText(answers.medianHours), pctText(answers.onTimePct))}
      </Text>
      {answers.answered > answers.byVolunteers ? (
        <Text className="muted answers-by-others">
          {STRINGS.answersByOthers(answers.answered - answers.byVolunteers)}
        </Text>
      ) : null}
      {answers.volunteers.length > 0 ? (
        <DataTable
          className="volunteers-table"
          columns={COLUMNS}
          rows={answers.volunteers}
          rowKey={(r) => r.volunteerId}
        />
      ) : null}
      {answers.volunteerCount > answers.volunteers.length ? (
        <Text className="muted answers-listed">
          {STRINGS.answersListed(answers.volunteers.length, answers.volunteerCount)}
        </Text>
      ) : null}
    </ExportPanel>
  );
}

/** 调解与法律援助. */
export function ServicesPanel({ data }: { data: DashboardData }) {
  const { mediation, aid } = data.services;
  return (
    <Panel className="services-panel" title={STRINGS.services}>
      <View className="service-count">
        <Text className="service-count-name">{STRINGS.mediation}</Text>
        <Text className="service-count-value mediation-count">{String(mediation.received)}</Text>
        <Text className="service-count-line">{STRINGS.mediationLine(mediation)}</Text>
      </View>
      <View className="service-count">
        <Text className="service-count-name">{STRINGS.aid}</Text>
        <Text className="service-count-value aid-count">{String(aid.received)}</Text>
        <Text className="service-count-line">{STRINGS.aidLine(aid)}</Text>
      </View>
    </Panel>
  );
}
