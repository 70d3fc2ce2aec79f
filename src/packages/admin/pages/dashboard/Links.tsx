/** 管理: 服务圈覆盖 (of the region in view), 岗位管理, 人员管理. */
import { View } from '@tarojs/components';
import type { Crumb } from '~/types/api/dashboard';
import { ButtonList } from '~/src/components/ButtonList';
import { openCircles, openPeople, openPosts } from './navigation';
import { Panel } from './Panel';
import { STRINGS } from './strings';

/** The deepest county or township on the trail: the coverage page takes only those. */
export function coverageRegion(trail: Crumb[]): string | undefined {
  return [...trail].reverse().find((c) => /^\d{6}(\d{3})?$/.test(c.id))?.id;
}

/** The links panel. */
export function Links({ trail }: { trail: Crumb[] }) {
  return (
    <Panel className="links-panel" title={STRINGS.links}>
      <View className="dash-links">
        <ButtonList
          items={[
            { className: 'circles-link', label: STRINGS.circles, onClick: () => openCircles(coverageRegion(trail)) },
            { className: 'posts-link', label: STRINGS.posts, onClick: openPosts },
            { className: 'people-link', label: STRINGS.people, onClick: openPeople },
          ]}
        />
      </View>
    </Panel>
  );
}
