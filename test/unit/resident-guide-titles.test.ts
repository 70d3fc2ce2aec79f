/**
 * The guide titles the resident package carries for answer links match the guides catalog exactly. When this
 * fails after a guide was added or renamed, regenerate src/packages/resident/shared/guideTitles.json from the
 * catalog (the expected object printed below is its content).
 */
import { GUIDES } from '../../src/services/guides/catalog';
import titles from '../../src/packages/resident/shared/guideTitles.json';
import { guideTitle } from '../../src/packages/resident/shared/guideTitles';

test('every guide id maps to its current title, and nothing else is listed', () => {
  expect(titles).toEqual(Object.fromEntries(GUIDES.map((g) => [g.id, g.title])));
});

test('an unknown id has no title', () => {
  expect(guideTitle('wages-unpaid')).toBe('老板拖欠工资不给怎么办？');
  expect(guideTitle('nope')).toBeNull();
  expect(guideTitle('toString')).toBeNull();
});
