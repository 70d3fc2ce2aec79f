/**
 * Where a resident goes from a plate besides this post: 首页, 我的诉求, 消息 and 隐私说明. A scan opens the landing page
 * as the first page, so without these the resident's own requests and notices were out of reach from it.
 */
import { Text, View } from '@tarojs/components';
import { openPage, restartAt } from '~/src/services/navigation';
import './PostNav.scss';

// Kept beside the component: the page's strings.ts belongs to the landing page's owner.
const LINKS = [
  { label: '首页', url: '/pages/index/index', className: 'nav-home' },
  { label: '我的诉求', url: '/packages/resident/pages/mine/index', className: 'nav-mine' },
  { label: '消息', url: '/packages/resident/pages/outbox/index', className: 'nav-outbox' },
  { label: '隐私说明', url: '/packages/privacy/pages/index/index', className: 'nav-privacy' },
] as const;

/** Opens `url`; the home page replaces the stack (it is the app's root), the others go on top of this page. */
function go(url: string): void {
  if (url === '/pages/index/index') void restartAt(url);
  else void openPage(url);
}

/** A row of four links, each a full-height touch target. */
export function PostNav() {
  return (
    <View className="post-nav">
      {LINKS.map((l) => (
        <View key={l.url} className={`post-nav-link ${l.className}`} onClick={() => go(l.url)}>
          <Text>{l.label}</Text>
        </View>
      ))}
    </View>
  );
}
