/** A question's answers, oldest first, each with the guides its volunteer linked (tap to read one). */
import { Text, View } from '@tarojs/components';
import type { RequestDetail } from '~/types/api';
import { formatTime } from '../../shared/format';
import { guideTitle, guideUrl } from '~/src/services/guides/titles';
import { STRINGS } from './strings';
import { openPage } from '~/src/services/navigation';

function openGuide(id: string) {
  void openPage(guideUrl(id));
}

/** The linked guides of one answer, by title (class `guide-link`). */
function GuideLinks({ ids }: { ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <View className="answer-guides">
      <Text className="muted answer-guides-title">{STRINGS.guides}</Text>
      {ids.map((id) => (
        <View key={id} className="guide-link" onClick={() => openGuide(id)}>
          <Text>{`${guideTitle(id) ?? STRINGS.guideFallback} ›`}</Text>
        </View>
      ))}
    </View>
  );
}

/** The answers card. */
export function AnswerList({ answers }: { answers: RequestDetail['answers'] }) {
  return (
    <View className="card answers">
      <Text className="section-title">{STRINGS.answers}</Text>
      {answers.length === 0 ? <Text className="muted no-answers">{STRINGS.noAnswers}</Text> : null}
      {answers.map((a) => (
        <View key={a.at} className="answer">
          <Text className="muted answer-by">{`${a.by} · ${formatTime(a.at)}`}</Text>
          <Text className="answer-text">{a.text}</Text>
          <GuideLinks ids={a.guideIds ?? []} />
        </View>
      ))}
      {answers.length > 0 ? <Text className="muted answer-note">{STRINGS.answerNote}</Text> : null}
    </View>
  );
}
