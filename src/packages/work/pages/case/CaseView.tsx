/** What a worker reads of a request: header, fields (with reveal), answers with guide links, rating, history. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { deadlineNote, formatDeadlineDay } from '~/types/aidDeadline';
import type { WorkDetail } from '~/types/api';
import { MEDIATION_SOURCES, REQUEST_STATUSES } from '~/types/requests';
import { formatTime, timeLeft } from '../../shared/format';
import { promisePending } from '~/types/lifecycle';
import { guideTitle, guideUrl } from '~/src/services/guides/titles';
import { WORK_STRINGS } from '../../shared/strings';
import { STRINGS } from './strings';
import { openPage } from '~/src/services/navigation';

/** A personal number that work.reveal can show in full. */
export type RevealField = 'idNumber' | 'phone';
const REVEALABLE: RevealField[] = ['idNumber', 'phone'];

/** The title block: kind, source, title, status, place, requester and the promise. */
export function CaseHeader({ detail, now }: { detail: WorkDetail; now: number }) {
  const left = timeLeft(detail.dueAt, now);
  const waiting = promisePending(detail.kind, detail.status);
  return (
    <View className="card case-header">
      <Text className="badge case-kind">{WORK_STRINGS.kinds[detail.kind]}</Text>
      {detail.kind === 'mediation' && detail.source ? (
        <Text className="badge case-source">{MEDIATION_SOURCES[detail.source]}</Text>
      ) : null}
      {detail.needsReview ? <Text className="badge badge-review case-review">{WORK_STRINGS.needsReview}</Text> : null}
      {detail.urgent ? <Text className="badge badge-urgent case-urgent">{WORK_STRINGS.urgent}</Text> : null}
      <Text className="case-title">{detail.title}</Text>
      <Text className="case-status">{REQUEST_STATUSES[detail.status]}</Text>
      <Text className="row-line muted place-line">{STRINGS.place(detail.postName, detail.villageName)}</Text>
      <Text className="row-line muted case-requester">{STRINGS.requester(detail.requester)}</Text>
      <Text className="row-line muted">{STRINGS.submittedAt(formatTime(detail.createdAt, now))}</Text>
      {waiting ? (
        <Text className={`row-line case-due${detail.overdue || left.overdue ? ' overdue' : ''}`}>{left.text}</Text>
      ) : null}
      {detail.kind === 'aid' ? (
        <Text className="row-line case-decision-day">
          {WORK_STRINGS.aidDecisionBy(formatDeadlineDay(detail.dueAt), deadlineNote(detail.dueAt))}
        </Text>
      ) : null}
      {detail.urgent ? <Text className="row-line case-urgent-note">{WORK_STRINGS.urgentNote}</Text> : null}
    </View>
  );
}

/** Props of Fields. */
export interface FieldsProps {
  detail: WorkDetail;
  revealed: Partial<Record<RevealField, string>>;
  onReveal: (field: RevealField) => void;
}

/** The fields in form order; a masked number gets its 查看完整… button when the caller may reveal it. */
export function Fields({ detail, revealed, onReveal }: FieldsProps) {
  const canReveal = detail.actions.includes('reveal');
  const fieldOf = (label: string) => REVEALABLE.find((f) => STRINGS.revealLabels[f] === label);
  const shown = new Set(detail.fields.map((f) => fieldOf(f.label)).filter(Boolean));
  const revealButton = (field: RevealField) =>
    canReveal && !revealed[field] ? (
      <Button className={`btn btn-secondary reveal-button reveal-${field}`} onClick={() => onReveal(field)}>
        {STRINGS.reveal[field]}
      </Button>
    ) : null;
  return (
    <View className="card case-fields">
      <Text className="section-title">{STRINGS.fields}</Text>
      {detail.fields.map((f) => {
        const field = fieldOf(f.label);
        return (
          <View key={f.label} className="case-field">
            <Text className="muted field-name">{f.label}</Text>
            <Text className={`field-value${field ? ` field-${field}` : ''}`}>
              {(field && revealed[field]) || f.value}
            </Text>
            {field ? revealButton(field) : null}
          </View>
        );
      })}
      {/* A revealable number the form did not list still gets its button. */}
      {REVEALABLE.filter((f) => !shown.has(f) && (canReveal || revealed[f])).map((f) => (
        <View key={f} className="case-field">
          <Text className="muted field-name">{STRINGS.revealLabels[f]}</Text>
          {revealed[f] ? <Text className={`field-value field-${f}`}>{revealed[f]}</Text> : null}
          {revealButton(f)}
        </View>
      ))}
    </View>
  );
}

/** The answers, oldest first, each with its linked guides; then the resident's rating. */
export function Answers({ detail }: { detail: WorkDetail }) {
  return (
    <View className="card case-answers">
      <Text className="section-title">{STRINGS.answers}</Text>
      {detail.answers.length === 0 ? <Text className="muted no-answers">{STRINGS.noAnswers}</Text> : null}
      {detail.answers.map((a) => (
        <View key={a.at} className="case-answer">
          <Text className="muted answer-by">{`${a.by} · ${formatTime(a.at)}`}</Text>
          <Text className="answer-text">{a.text}</Text>
          {a.guideIds.length ? (
            <View className="answer-guides">
              <Text className="muted">{STRINGS.linkedGuides}</Text>
              {a.guideIds.map((g) => (
                <Text key={g} className="link guide-link" onClick={() => void openPage(guideUrl(g))}>
                  {guideTitle(g) ?? g}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ))}
      {detail.rating ? (
        <View className="case-rating">
          <Text className="field-label">{STRINGS.rating}</Text>
          <Text className="rating-stars">{STRINGS.stars(detail.rating.stars)}</Text>
          {detail.rating.word ? <Text className="rating-word">{detail.rating.word}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}

/** The agreement summary (协议摘要) with a copy button. */
export function Agreement({ summary }: { summary: string }) {
  const copy = () =>
    void Taro.setClipboardData({ data: summary })
      .then(() => Taro.showToast({ title: STRINGS.copied, icon: 'success' }))
      .catch(() => undefined);
  return (
    <View className="card case-agreement">
      <Text className="section-title">{STRINGS.agreement}</Text>
      <Text className="agreement-text">{summary}</Text>
      <Button className="btn btn-secondary btn-block copy-agreement" onClick={copy}>
        {STRINGS.copy}
      </Button>
    </View>
  );
}
