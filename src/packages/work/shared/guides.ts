/** Guide titles by id, from a small generated index: linking a guide must not copy the guides into this package. */
import index from './guideTitles.json';

/** One linkable guide. */
export interface GuideRef {
  id: string;
  title: string;
}

/** Every bundled guide, in the order of the guides home page. */
export const GUIDES: readonly GuideRef[] = index.guides;

const TITLES = new Map(GUIDES.map((g) => [g.id, g.title]));

/** The title of guide `id`, or the id itself for a guide this build does not know. */
export function guideTitle(id: string): string {
  return TITLES.get(id) ?? id;
}

/** The page that opens guide `id` in the guides subpackage. */
export function guideUrl(id: string): string {
  return `/packages/guides/pages/detail/index?id=${encodeURIComponent(id)}`;
}
