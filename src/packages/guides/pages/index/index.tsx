/** Guides home (普法指南): a search box on top with results as you type, else the topics grid. */
import { Input, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { PageShell } from '~/src/components/PageShell';
import { TOPICS } from '~/src/services/guides/catalog';
import { useShareCard } from '~/src/services/share';
import { queryTerms, searchGuides } from '~/src/services/guides/search';
import { GuideList } from '../../GuideList';
import { guidesUrl, queryValue } from '../../navigation';
import { NoResults } from '../../NoResults';
import { STRINGS } from '../../strings';
import { TopicGrid } from '../../TopicGrid';
import '../../guides.scss';

/** The guides home page. */
export default function GuidesHomePage() {
  const router = useRouter();
  const postId = queryValue(router.params.postId);
  const [query, setQuery] = useState('');
  const searching = queryTerms(query).length > 0;
  const results = useMemo(() => searchGuides(query), [query]);
  useShareCard(() => ({ title: STRINGS.shareHome, path: guidesUrl(postId) }));

  return (
    <PageShell className="guides-page">
      <View className="guide-search">
        <Input
          className="guide-search-input"
          type="text"
          confirmType="search"
          value={query}
          placeholder={STRINGS.searchPlaceholder}
          maxlength={40}
          onInput={(e) => setQuery(e.detail.value)}
        />
      </View>
      {searching ? (
        results.length > 0 ? (
          <>
            <Text className="muted guide-count">{STRINGS.results(results.length)}</Text>
            <GuideList guides={results} postId={postId} />
          </>
        ) : (
          <NoResults />
        )
      ) : (
        <>
          <Text className="section-title">{STRINGS.topics}</Text>
          <TopicGrid topics={TOPICS} postId={postId} />
        </>
      )}
    </PageShell>
  );
}
