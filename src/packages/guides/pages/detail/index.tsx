/** One guide (指南详情): the answer, the steps, whom to call, a case and the exact articles of law. */
import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { formatCitation, guideById } from '~/src/services/guides/catalog';
import { citationGist } from '~/src/services/guides/citations';
import { useShareCard } from '~/src/services/share';
import { guideUrl, guidesUrl, queryValue } from '../../navigation';
import { STRINGS } from '../../strings';
import { GuideContacts } from './GuideContacts';
import { usePostLanding } from './usePostLanding';
import { replacePage } from '~/src/services/navigation';
import '../../guides.scss';

/** The guide page. */
export default function GuideDetailPage() {
  const router = useRouter();
  const postId = queryValue(router.params.postId);
  const guide = guideById(queryValue(router.params.id) ?? undefined);
  const landing = usePostLanding(postId);
  useShareCard(() =>
    guide
      ? { title: guide.title, path: guideUrl(guide.id, postId) }
      : { title: STRINGS.shareHome, path: guidesUrl(postId) },
  );

  useEffect(() => {
    if (guide) Taro.setNavigationBarTitle({ title: STRINGS.title }).catch(() => undefined);
  }, [guide]);

  if (!guide) {
    const back = () => void replacePage(guidesUrl(postId));
    return (
      <PageShell className="guides-page">
        <StateView kind="empty" title={STRINGS.unknownGuide} hint={STRINGS.noResultsHint} />
        <Button className="btn btn-secondary" onClick={back}>
          {STRINGS.backToGuides}
        </Button>
      </PageShell>
    );
  }
  return (
    <PageShell className="guides-page">
      <View className="card guide-head">
        <Text className="guide-title">{guide.title}</Text>
      </View>
      <Text className="section-title">{STRINGS.answer}</Text>
      <View className="card">
        <Text className="guide-answer">{guide.answer}</Text>
      </View>
      <Text className="section-title">{STRINGS.steps}</Text>
      <View className="card guide-steps">
        {guide.steps.map((step, i) => (
          <View key={step} className="guide-step">
            <Text className="guide-step-no">{i + 1}</Text>
            <Text className="guide-step-text">{step}</Text>
          </View>
        ))}
      </View>
      <Text className="section-title">{STRINGS.contacts}</Text>
      <GuideContacts guide={guide} landing={landing} />
      <Text className="section-title">{STRINGS.caseTitle}</Text>
      <View className="card guide-case">
        <Text className="guide-case-text">{guide.case}</Text>
        <Text className="muted guide-case-note">{STRINGS.caseNote}</Text>
      </View>
      <Text className="section-title">{STRINGS.citations}</Text>
      <View className="card guide-citations">
        {guide.citations.map((c) => (
          <View key={formatCitation(c)} className="guide-citation-row">
            <Text className="guide-citation">{formatCitation(c)}</Text>
            <Text className="muted guide-citation-gist">{citationGist(c) ?? ''}</Text>
          </View>
        ))}
      </View>
      <Text className="notice guide-closing">{STRINGS.closing}</Text>
      <Text className="muted guide-reviewed">{STRINGS.reviewed(guide.reviewedAt)}</Text>
    </PageShell>
  );
}
