/**
 * A new version downloaded while the resident fills in a form: the restart is not offered over the form (it would
 * clear the name and ID number held in memory), but when they are back on the landing page, and once a session.
 */
import { until } from './harness';
import { bootWithUpdates, type UpdateWorld } from './wx-update';

jest.setTimeout(20000);

let world: UpdateWorld;
let open: ReturnType<typeof bootWithUpdates>['open'];

beforeAll(() => {
  ({ world, open } = bootWithUpdates());
});

const settle = () => new Promise((r) => setTimeout(r, 50));

test('the restart waits until the form is closed, is offered once, and 下次再说 keeps the old version', async () => {
  const landing = open('pages/post/index', { scene: encodeURIComponent('TB-PT-0001') });
  await until(() => landing.texts('post-name')[0], landing.allText);
  const form = open('packages/resident/pages/ask/index', { postId: 'TB-PT-0001' });
  await until(() => form.allText().trim().length > 0, form.allText);

  world.downloaded();
  await settle();
  expect(world.modals).toEqual([]);

  // Back to the landing page: the form is gone, nothing typed is lost by a restart now.
  form.unload();
  landing.show();
  await until(() => world.modals.length > 0, landing.allText);
  expect(world.modals).toEqual([
    {
      title: '小程序有新版本',
      content: '新版本已经下载好，重新打开小程序就能用上。现在重新打开吗？',
      confirmText: '重新打开',
      cancelText: '下次再说',
    },
  ]);
  await settle();
  expect(world.applied).toBe(0);

  // Declined: not asked again this session (WeChat uses the new version from the next cold start).
  landing.show();
  const home = open('pages/index/index', {});
  await until(() => home.allText().trim().length > 0, home.allText);
  await settle();
  expect(world.modals).toHaveLength(1);
  expect(world.failures).toEqual([]);
  home.unload();
  landing.unload();
});
