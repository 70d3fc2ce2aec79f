/**
 * What 服务圈覆盖 draws for the posts: a whole city's 5,292 posts become a few hundred grid squares that still
 * stand for every post; a township's posts are drawn one circle each; a map's view draws only what reaches into it.
 */
import { generateDataset } from '~/scripts/seed/index';
import { frameOf } from '~/src/packages/admin/pages/circles/geometry';
import { MAX_MARKS, postMarks } from '~/src/packages/admin/pages/circles/postMarks';

const posts = generateDataset()
  .posts.filter((p) => p.status === 'active')
  .map((p) => ({ id: p.id, lat: p.lat, lng: p.lng, radiusM: p.radiusM, villageCode: p.villageCode }));
const boundsOf = (ps: typeof posts) => ({
  minLat: Math.min(...ps.map((p) => p.lat)),
  maxLat: Math.max(...ps.map((p) => p.lat)),
  minLng: Math.min(...ps.map((p) => p.lng)),
  maxLng: Math.max(...ps.map((p) => p.lng)),
});

test('the city: at most MAX_MARKS squares, together standing for every post, all of one size', () => {
  expect(posts.length).toBeGreaterThan(5000);
  const frame = frameOf(boundsOf(posts));
  const marks = postMarks(posts, frame.sideM);
  expect(marks.length).toBeLessThanOrEqual(MAX_MARKS);
  expect(marks.length).toBeGreaterThan(50); // still a map of where the posts are, not one blob
  expect(marks.reduce((n, m) => n + m.posts, 0)).toBe(posts.length);
  // A square's mark sits at the mean of its posts, so each post lies within a side of it.
  const side = marks[0].radiusM * 2;
  for (const m of marks) expect(m.radiusM * 2).toBe(side);
});

test('a township: each post its own circle', () => {
  const town = posts.filter((p) => p.villageCode.startsWith(posts[0].villageCode.slice(0, 9)));
  const marks = postMarks(town, frameOf(boundsOf(town)).sideM);
  expect(marks.map((m) => m.key).sort()).toEqual(town.map((p) => p.id).sort());
  expect(marks.every((m) => m.posts === 1 && m.radiusM === 500)).toBe(true);
});

test('a view of a few kilometres draws only the circles that reach into it', () => {
  const centre = posts[0];
  const view = {
    minLat: centre.lat - 0.02,
    maxLat: centre.lat + 0.02,
    minLng: centre.lng - 0.03,
    maxLng: centre.lng + 0.03,
  };
  const marks = postMarks(posts, 5000, view);
  expect(marks.length).toBeGreaterThan(0);
  expect(marks.length).toBeLessThan(posts.length / 20);
  expect(marks.every((m) => m.posts === 1)).toBe(true);
  expect(marks.map((m) => m.key)).toContain(centre.id);
  // Every post whose centre is inside the view is drawn.
  const inside = posts.filter(
    (p) => p.lat >= view.minLat && p.lat <= view.maxLat && p.lng >= view.minLng && p.lng <= view.maxLng,
  );
  for (const p of inside) expect(marks.map((m) => m.key)).toContain(p.id);
});
