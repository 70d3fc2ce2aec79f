/**
 * The top and idle lists of 统计看板: a retired post (已撤销) leaves the top list however often its old plate is
 * still scanned, and a post set up less than 30 days ago is not idle (闲置) yet, however quiet.
 */
import type { Post } from '~/types/domain';
import { dayStartMs } from '~/cloudfunctions/domain/admin/dashboard/days';
import { idlePosts, topPosts } from '~/cloudfunctions/domain/admin/dashboard/ranks';
import type { RegionTree } from '~/cloudfunctions/domain/admin/dashboard/region-tree';

const TODAY = '20261127';
const tree: RegionTree = { byCode: new Map(), children: new Map() };

function post(id: string, status: Post['status'], createdDay: string): Post {
  return {
    id,
    name: `${id}先锋岗`,
    villageCode: '220802001001',
    address: '村委会',
    lat: 45.6,
    lng: 122.8,
    status,
    createdAt: dayStartMs(createdDay) + 3_600_000,
  } as Post;
}

test('a retired post is not among the top posts, the active ones keep their order', () => {
  const posts = [post('a', 'active', '20250101'), post('r', 'retired', '20250101'), post('b', 'active', '20250101')];
  const counts = new Map([
    ['r', 50],
    ['a', 9],
    ['b', 3],
  ]);
  expect(topPosts(posts, counts, new Map(), tree).map((p) => p.postId)).toEqual(['a', 'b']);
});

test('a post in its first 30 days is not idle; once they are over, a quiet one is', () => {
  const posts = [
    post('old', 'active', '20250101'),
    post('new', 'active', '20261120'), // a week old
    post('day30', 'active', '20261029'), // today is its 30th day
    post('day31', 'active', '20261028'), // its first 30 days are over
  ];
  const idle = idlePosts(posts, new Map(), TODAY, 30, tree);
  expect(idle.posts.map((p) => p.postId).sort()).toEqual(['day31', 'old']);
  expect(idle.count).toBe(2);
  // A shorter idle window does not shorten the grace: a week-old post with no scan is still not idle.
  expect(idlePosts(posts, new Map(), TODAY, 7, tree).posts.map((p) => p.postId)).not.toContain('new');
});
