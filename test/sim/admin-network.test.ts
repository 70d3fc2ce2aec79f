/** The built weapp's 岗位管理 and 打印二维码牌, rendered by miniprogram-simulate with WeChat Cloud stood in. */
import { simApp, until } from './harness';
import { simWx, standInFileDownload } from './wx-files';
import { adminPost } from '../support/admin-post';
import { plateRow } from '../support/admin-rows';

jest.setTimeout(15000);

const SHEET_ID = 'cloud://env-1.bucket-1/sheets/t/r/平台镇_先锋岗二维码牌.pdf';
const { calls, open, boot } = simApp();

const post = adminPost;

beforeAll(() => {
  boot((call) => {
    const { action } = call.data;
    if (call.name !== 'admin') return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
    if (action === 'regions') {
      return {
        ok: true,
        data: {
          parent: { code: '220802', name: '洮北区', level: 'county' },
          regions: [{ code: '220802100', name: '平台镇', level: 'township' }],
        },
      };
    }
    if (action === 'posts') {
      const all = [post('TB-PT-0001', '新立村先锋岗', 2), post('TB-PT-0002', '平安村先锋岗', 0)];
      return { ok: true, data: { posts: call.data.unserved ? [all[1]] : all, nextAfterId: null } };
    }
    if (action === 'plates') {
      const ids = (call.data.postIds as string[] | undefined) ?? ['TB-PT-0001', 'TB-PT-0002'];
      const plates = ids.map(plateRow);
      return { ok: true, data: { title: '平台镇 先锋岗二维码牌', slogan: '微信扫一扫 法律全知晓', plates } };
    }
    if (action === 'plateSheet') {
      const file = { fileId: SHEET_ID, url: 'https://tmp.example/s.pdf', filename: '平台镇_先锋岗二维码牌.pdf' };
      return { ok: true, data: { file, plates: 2, pages: 1, withoutCode: [] } };
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

test('岗位管理 lists the posts in use, flags 无志愿者, and the filter asks the server again', async () => {
  const p = open('packages/admin/pages/posts/index', {});
  const names = await until(() => (p.texts('post-row-name').length ? p.texts('post-row-name') : null), p.allText);
  expect(names).toEqual(['新立村先锋岗', '平安村先锋岗']);
  expect(p.texts('post-row-volunteers')).toEqual(['志愿者 2']);
  expect(p.texts('post-row-unserved')).toEqual(['无志愿者']);
  await until(() => p.texts('region-own')[0] === '全部 · 洮北区', p.allText);
  expect(calls.find((c) => c.data.action === 'posts')?.data).toEqual({ action: 'posts', status: 'active', limit: 50 });
  p.tap('unserved-option');
  await until(() => p.texts('post-row-name').join() === '平安村先锋岗', p.allText);
  expect(calls.filter((c) => c.data.action === 'posts').pop()?.data).toEqual({
    action: 'posts',
    status: 'active',
    unserved: true,
    limit: 50,
  });
});

test('打印二维码牌 on WeChat shows each plate with its slogan and offers the cloud-made PDF to open, forward or print', async () => {
  const p = open('packages/admin/pages/plates/index', { postIds: 'TB-PT-0001,TB-PT-0002' });
  const names = await until(() => (p.texts('plate-name').length ? p.texts('plate-name') : null), p.allText);
  expect(names).toEqual(['TB-PT-0001号先锋岗', 'TB-PT-0002号先锋岗']);
  expect(p.texts('plate-title')).toEqual(['公共法律服务先锋岗', '公共法律服务先锋岗']);
  expect(p.texts('plate-slogan')).toEqual(['「微信扫一扫 法律全知晓」', '「微信扫一扫 法律全知晓」']);
  expect(p.texts('plates-weapp-note')).toEqual([
    '点“生成PDF”，可在微信中打开，转发到电脑打印，或在电脑版微信中直接打印',
  ]);
  expect(p.texts('plates-pdf-button')).toEqual(['生成PDF']);
  expect(p.texts('plate-save')).toEqual(['保存二维码', '保存二维码']);
  expect(p.texts('plates-print')).toEqual([]);
  expect(calls).toEqual([{ name: 'admin', data: { action: 'plates', postIds: ['TB-PT-0001', 'TB-PT-0002'] } }]);
});

test('生成PDF on WeChat: the sheet is made in the cloud, downloaded by fileID and opened with its menu on', async () => {
  const wx = simWx();
  const seen: Record<string, unknown>[] = [];
  standInFileDownload(seen, 'wxfile://tmp_1');
  wx.openDocument = (o: { filePath: string; fileType: string; showMenu: boolean; success?: (r: unknown) => void }) => {
    seen.push({ openDocument: { filePath: o.filePath, fileType: o.fileType, showMenu: o.showMenu } });
    o.success?.({ errMsg: 'openDocument:ok' });
  };
  const p = open('packages/admin/pages/plates/index', { postIds: 'TB-PT-0001,TB-PT-0002' });
  await until(() => p.texts('plates-pdf-button').length > 0, p.allText);
  p.tap('plates-pdf-button');
  await until(
    () => seen.length === 3,
    () => JSON.stringify(seen),
  );
  expect(calls.map((c) => c.data)).toContainEqual({ action: 'plateSheet', postIds: ['TB-PT-0001', 'TB-PT-0002'] });
  // The user data folder is whatever WeChat's env names (read by Taro at launch); the name is the file's own.
  const dest = (seen[1].copyFile as string[])[1];
  expect(dest).toMatch(/\/平台镇_先锋岗二维码牌\.pdf$/);
  expect(seen).toEqual([
    { downloadFile: SHEET_ID },
    { copyFile: ['wxfile://tmp_1', dest] },
    { openDocument: { filePath: dest, fileType: 'pdf', showMenu: true } },
  ]);
});
