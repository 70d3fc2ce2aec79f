/**
 * Guide titles by id, from the small generated index data/guide-titles.json: answers link guides by id, and the
 * resident and work packages show their titles without copying the guides (which stay in the guides subpackage).
 */
import index from '~/data/guide-titles.json';

/** One linkable guide. */
export interface GuideRef {
  id: string;
  title: string;
}

/** Every bundled guide, in the order of the guides home page. */
export const GUIDE_REFS: readonly GuideRef[] = index.guides;

const TITLES = new Map(GUIDE_REFS.map((g) => [g.id, g.title]));

/** The title of guide `id`, or null for an id this build does not know. */
export function guideTitle(id: string): string | null {
  return TITLES.get(id) ?? null;
}

/** The page that opens guide `id` in the guides subpackage. */
export function guideUrl(id: string): string {
  return `/packages/guides/pages/detail/index?id=${encodeURIComponent(id)}`;
}
