/**
 * The guide index (data/guide-titles.json) that answers' guide links use, in the resident and work packages and in
 * the `work` function's check, matches the bundled guides exactly. When this fails after a guide was added or
 * renamed, regenerate the index from the catalog (the expected list printed below is its content).
 */
import { GUIDES as CATALOG } from '~/src/services/guides/catalog';
import { GUIDE_REFS, guideTitle, guideUrl } from '~/src/services/guides/titles';
import { guideExists } from '~/cloudfunctions/domain/work/guides';

test('the index lists every bundled guide with its title, in catalog order', () => {
  expect(GUIDE_REFS).toEqual(CATALOG.map((g) => ({ id: g.id, title: g.title })));
});

test('a linked guide reads as its title and opens in the guides package; an unknown one has no title', () => {
  expect(guideTitle('wages-unpaid')).toBe('老板拖欠工资不给怎么办？');
  expect(guideTitle('nope')).toBeNull();
  expect(guideTitle('toString')).toBeNull();
  expect(guideUrl('wages-unpaid')).toBe('/packages/guides/pages/detail/index?id=wages-unpaid');
});

test('the work function accepts exactly the bundled guide ids', () => {
  expect(CATALOG.every((g) => guideExists(g.id))).toBe(true);
  expect(guideExists('nope')).toBe(false);
});
