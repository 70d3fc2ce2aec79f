/** The 校验报告: the counts, the encoding, every problem row in a scrollable table, and the import choices. */
import { Button, ScrollView, Text, View } from '@tarojs/components';
import type { ImportReport } from '~/types/api';
import { STRINGS } from './strings';

/** Props of ReportView. */
export interface ReportViewProps {
  report: ImportReport;
  filename: string;
  /** Where the file's coordinates were read, as the admin chose it. */
  datum: string;
  onImport: (goodOnly: boolean) => void;
  onRechoose: () => void;
  /** Back to the start, to choose where the coordinates come from again. */
  onChangeDatum: () => void;
}

/** The report card (class `import-report`; each problem a `problem-row`). */
export function ReportView({ report, filename, datum, onImport, onRechoose, onChangeDatum }: ReportViewProps) {
  const hasBad = report.bad > 0;
  return (
    <View className="card import-report">
      <Text className="section-title">{STRINGS.report}</Text>
      <Text className="muted report-file">{STRINGS.file(filename)}</Text>
      <View className="report-counts">
        <Text className="report-count report-total">{STRINGS.total(report.total)}</Text>
        <Text className="report-count report-good">{STRINGS.good(report.good)}</Text>
        <Text className={`report-count report-bad${hasBad ? ' report-bad-some' : ''}`}>{STRINGS.bad(report.bad)}</Text>
        <Text className="report-count report-unchanged">{STRINGS.unchanged(report.unchanged)}</Text>
      </View>
      <Text className="muted report-encoding">{report.encoding === 'gbk' ? STRINGS.gbk : STRINGS.utf8}</Text>
      <Text className="muted report-datum">{STRINGS.datumChosen(datum)}</Text>
      <Text className="field-label">{STRINGS.problems}</Text>
      {report.problems.length === 0 ? (
        <Text className="muted report-clean">{STRINGS.noProblems}</Text>
      ) : (
        <ScrollView className="problem-table" scrollY>
          {report.problems.map((p, i) => (
            <View key={`${p.row}-${p.field}-${i}`} className="problem-row">
              <Text className="problem-cell problem-line">{STRINGS.problemRow(p.row)}</Text>
              <Text className="problem-cell problem-field">{p.field}</Text>
              <Text className="problem-cell problem-reason">{p.reason}</Text>
            </View>
          ))}
        </ScrollView>
      )}
      <Button
        className="btn btn-primary import-all"
        {...(hasBad || report.good === 0 ? { disabled: true } : {})}
        onClick={() => !hasBad && report.good > 0 && onImport(false)}
      >
        {STRINGS.importAll}
      </Button>
      {hasBad ? <Text className="muted import-all-blocked">{STRINGS.importAllBlocked}</Text> : null}
      {hasBad && report.good > 0 ? (
        <Button className="btn btn-primary import-good" onClick={() => onImport(true)}>
          {STRINGS.importGood(report.good)}
        </Button>
      ) : null}
      <Button className="btn btn-secondary rechoose" onClick={onRechoose}>
        {STRINGS.rechoose}
      </Button>
      <Button className="btn btn-secondary change-datum" onClick={onChangeDatum}>
        {STRINGS.changeDatum}
      </Button>
    </View>
  );
}
