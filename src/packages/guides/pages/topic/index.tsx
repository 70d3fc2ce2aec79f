/** One topic's guides (专题), e.g. ?topic=wages. */
import { Text } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { guidesOfTopic, topicById } from '~/src/services/guides/catalog';
import { useShareCard } from '~/src/services/share';
import { GuideList } from '../../GuideList';
import { guidesUrl, queryValue, topicUrl } from '../../navigation';
import { STRINGS } from '../../strings';
import '../../guides.scss';

/** The topic page. */
export default function TopicPage() {
  const router = useRouter();
  const postId = queryValue(router.params.postId);
  const topic = topicById(queryValue(router.params.topic) ?? undefined);
  useShareCard(() =>
    topic
      ? { title: STRINGS.shareTopic(topic.name), path: topicUrl(topic.id, postId) }
      : { title: STRINGS.shareHome, path: guidesUrl(postId) },
  );

  useEffect(() => {
    if (topic) Taro.setNavigationBarTitle({ title: topic.name }).catch(() => undefined);
  }, [topic]);

  if (!topic) {
    return (
      <PageShell className="guides-page">
        <StateView kind="empty" title={STRINGS.unknownTopic} hint={STRINGS.noResultsHint} />
      </PageShell>
    );
  }
  return (
    <PageShell className="guides-page">
      <Text className="guide-topic-heading">{topic.name}</Text>
      <GuideList guides={guidesOfTopic(topic.id)} postId={postId} showTopic={false} />
    </PageShell>
  );
}
