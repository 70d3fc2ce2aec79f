/** A new version downloaded while the landing page shows: offered at once, and 重新打开 restarts into it. */
import { until } from './harness';
import { bootWithUpdates, type UpdateWorld } from './wx-update';

jest.setTimeout(20000);

let world: UpdateWorld;
let open: ReturnType<typeof bootWithUpdates>['open'];

beforeAll(() => {
  ({ world, open } = bootWithUpdates());
});

test('重新打开 applies the downloaded version', async () => {
  const landing = open('pages/post/index', { scene: encodeURIComponent('TB-PT-0001') });
  await until(() => landing.texts('post-name')[0], landing.allText);
  world.answer = 'confirm';
  world.downloaded();
  await until(() => world.applied > 0, landing.allText);
  expect(world.modals.map((m) => m.confirmText)).toEqual(['重新打开']);
  expect(world.applied).toBe(1);
  expect(world.failures).toEqual([]);
  landing.unload();
});
