/** The ids of the bundled guides (普法指南), so an answer or template links only guides that exist. */
// The small generated index, not the guides themselves: the function needs ids, not texts.
import index from '~/data/guide-titles.json';

/** Every guide id. */
export const GUIDE_IDS: ReadonlySet<string> = new Set(index.guides.map((g) => g.id));

/** True when a guide with this id is bundled. */
export const guideExists = (id: string) => GUIDE_IDS.has(id);
