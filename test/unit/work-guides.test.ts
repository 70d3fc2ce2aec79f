/** The work package links guides by a small generated index; it must match the bundled guides exactly. */
import { GUIDES as CATALOG } from '../../src/services/guides/catalog';
import { GUIDES, guideTitle, guideUrl } from '../../src/packages/work/shared/guides';

test('the index lists every bundled guide with its title, in catalog order', () => {
  expect(GUIDES).toEqual(CATALOG.map((g) => ({ id: g.id, title: g.title })));
});

test('a linked guide reads as its title and opens in the guides package', () => {
  const g = CATALOG[0];
  expect(guideTitle(g.id)).toBe(g.title);
  expect(guideTitle('no-such-guide')).toBe('no-such-guide');
  expect(guideUrl(g.id)).toBe(`/packages/guides/pages/detail/index?id=${g.id}`);
});
