/** 月度统计表: one month's summary per county in the bureau's form, chosen with a month picker. */
import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { dayKey } from '~/types/day';
import { ExportButton } from './ExportButton';
import { Panel } from './Panel';
import { STRINGS } from './strings';

/** The last finished month as yyyymm (the form is filed after a month ends). */
export function lastMonth(now: number = Date.now()): string {
  const today = dayKey(now);
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(4, 6));
  return m === 1 ? `${y - 1}12` : `${y}${String(m - 1).padStart(2, '0')}`;
}

/** The panel. */
export function MonthlyExport({ subject }: { subject: string }) {
  const [month, setMonth] = useState(lastMonth());
  const shown = `${month.slice(0, 4)}-${month.slice(4, 6)}`;
  const thisMonth = dayKey(Date.now()).slice(0, 6);
  return (
    <Panel className="monthly-panel" title={STRINGS.monthly}>
      <Text className="muted monthly-hint">{STRINGS.monthlyHint}</Text>
      <View className="monthly-row">
        <Text className="period-day-label">{STRINGS.month}</Text>
        <Picker
          mode="date"
          fields="month"
          value={shown}
          end={`${thisMonth.slice(0, 4)}-${thisMonth.slice(4, 6)}`}
          onChange={(e) => setMonth(String(e.detail.value).replace('-', '').slice(0, 6))}
        >
          <View className="field-picker monthly-value">
            <Text>{shown}</Text>
          </View>
        </Picker>
      </View>
      <ExportButton input={{ table: 'monthly', subject, month }} label={STRINGS.exportMonthly} />
    </Panel>
  );
}
