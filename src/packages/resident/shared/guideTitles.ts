/**
 * Guide titles by id, for links to guides from answers. Only the titles (≈3 KB) live in the resident package; the
 * guides themselves stay in the guides subpackage. guideTitles.json is checked against the catalog by
 * test/unit/resident-guide-titles.test.ts; regenerate it there when a guide is added or renamed.
 */
import titles from './guideTitles.json';

const TITLES: Readonly<Record<string, string>> = titles;

/** The title of guide `id`, or null for an id this build does not know. */
export function guideTitle(id: string): string | null {
  return Object.prototype.hasOwnProperty.call(TITLES, id) ? (TITLES[id] ?? null) : null;
}
