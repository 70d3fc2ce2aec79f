/** The drill-down table (下级统计): the subject's children with the same figures, and how many posts each holds. */
import type { ChildRow, Figures } from '~/types/api/dashboard';
import type { Post, RegionLevel } from '~/types/domain';
import type { RequestStatRow } from '~/cloudfunctions/store/port';
import type { Subject } from './subject';
import type { RegionTree } from './region-tree';
import { emptyFigures } from './figures';

/** A child of the subject: a region one level down, or (under a village) a post. */
export interface Child {
  id: string;
  name: string;
  level: RegionLevel | 'post';
  retired: boolean;
}

/** The key a post falls under among the children of a region of `level`. */
export function childKeyOfPost(
  level: RegionLevel,
  p: Pick<Post, 'id' | 'villageCode' | 'townshipCode' | 'countyCode'>,
) {
  if (level === 'city') return p.countyCode;
  if (level === 'county') return p.townshipCode;
  if (level === 'township') return p.villageCode;
  return p.id;
}

/** The key a request falls under (its village code nests in every region above it). */
export function childKeyOfRequest(level: RegionLevel, r: Pick<RequestStatRow, 'postId' | 'villageCode'>): string {
  if (level === 'city') return r.villageCode.slice(0, 6);
  if (level === 'county') return r.villageCode.slice(0, 9);
  if (level === 'township') return r.villageCode;
  return r.postId;
}

/** The children of a subject (none for a post); under a village, its posts, retired ones too. */
export function childrenOf(subject: Subject, tree: RegionTree, posts: Post[]): Child[] {
  if (subject.kind === 'post') return [];
  const { region } = subject;
  if (region.level === 'village') {
    return posts.map((p) => ({ id: p.id, name: p.name, level: 'post' as const, retired: p.status === 'retired' }));
  }
  return (tree.children.get(region.code) ?? []).map((r) => ({
    id: r.code,
    name: r.name,
    level: r.level,
    retired: false,
  }));
}

/** The rows of the table: figures per child, its requests in the period and its active posts. */
export function childRows(
  subject: Subject,
  children: Child[],
  figures: Map<string, Figures>,
  posts: Post[],
  requests: RequestStatRow[],
): ChildRow[] {
  if (subject.kind === 'post') return [];
  const level = subject.region.level;
  const active = new Map<string, number>();
  for (const p of posts) {
    if (p.status !== 'active') continue;
    const key = childKeyOfPost(level, p);
    active.set(key, (active.get(key) ?? 0) + 1);
  }
  const asked = new Map<string, number>();
  for (const r of requests) {
    const key = childKeyOfRequest(level, r);
    asked.set(key, (asked.get(key) ?? 0) + 1);
  }
  return children.map((c) => ({
    ...(figures.get(c.id) ?? emptyFigures()),
    requests: asked.get(c.id) ?? 0,
    id: c.id,
    name: c.name,
    level: c.level,
    posts: active.get(c.id) ?? 0,
    retired: c.retired,
  }));
}
