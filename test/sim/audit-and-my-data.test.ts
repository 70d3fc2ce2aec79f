/**
 * The built weapp's 审计日志 and 下载我的数据, rendered by miniprogram-simulate with WeChat Cloud stood in: the city
 * admin's log shows who did what to which record and pages on with 加载更多; the resident's download asks for a
 * stored file, fetches it by fileID and forwards it to a chat after a tap (openDocument opens no JSON).
 */
import { simApp, until } from './harness';
import { simWx, standInFileDownload } from './wx-files';

jest.setTimeout(15000);

const FILE_ID = 'cloud://env-1.bucket-1/exports/t/r/我的数据_20261203.json';
const { calls, open, boot } = simApp();

const entry = (n: number, kind: string, action: string) => ({
  id: `e${n}`,
  at: Date.UTC(2026, 11, 3, 2, n),
  kind,
  action,
  actorName: '法律援助中心 王审查',
  actorRole: '工作人员',
  record: `诉求 r${n}`,
  detail: n === 2 ? '准予法律援助' : '',
});

beforeAll(() => {
  boot((call) => {
    const { action } = call.data;
    if (call.name === 'admin' && action === 'auditLog') {
      if (call.data.before === 'e1')
        return { ok: true, data: { entries: [entry(0, 'admin', '生成邀请码')], next: null } };
      const entries = [entry(2, 'decision', '法律援助：准予'), entry(1, 'reveal', '查看完整身份证号')];
      return { ok: true, data: { entries, next: 'e1' } };
    }
    if (call.name === 'resident' && action === 'myData') {
      const file = { fileId: FILE_ID, url: 'https://tmp.example/d.json', filename: '我的数据_20261203.json' };
      return { ok: true, data: { filename: file.filename, json: '', file, requests: 2, notices: 3 } };
    }
    if (call.name === 'resident' && action === 'me') {
      return { ok: true, data: { role: 'resident', label: '', regionCode: null, regionName: null } };
    }
    return { ok: false, error: { code: 'UNKNOWN_ACTION', message: '没有这个操作' } };
  });
});

test('审计日志 lists who did what to which record, newest first, and 加载更多 continues from the last one', async () => {
  const p = open('packages/admin/pages/audit/index', {});
  await until(() => p.texts('audit-action').length === 2, p.allText);
  expect(p.texts('audit-action')).toEqual(['法律援助：准予', '查看完整身份证号']);
  expect(p.texts('audit-who')).toEqual([
    '操作人：法律援助中心 王审查（工作人员）',
    '操作人：法律援助中心 王审查（工作人员）',
  ]);
  expect(p.texts('audit-record')).toEqual(['对象：诉求 r2', '对象：诉求 r1']);
  expect(p.texts('audit-detail')).toEqual(['说明：准予法律援助']);
  expect(p.texts('audit-at')[0]).toBe('2026-12-03 10:02');
  p.tap('audit-more');
  await until(() => p.texts('audit-action').length === 3, p.allText);
  expect(p.texts('audit-action')[2]).toBe('生成邀请码');
  expect(p.texts('audit-end')).toEqual(['没有更早的记录了']);
  expect(calls.map((c) => c.data)).toEqual([{ action: 'auditLog' }, { action: 'auditLog', before: 'e1' }]);
  p.tap('audit-kind', 1);
  await until(
    () => calls.length === 3,
    () => JSON.stringify(calls),
  );
  expect(calls[2].data).toEqual({ action: 'auditLog', kind: 'reveal' });
});

test('下载我的数据 on WeChat: a stored file, fetched by fileID, forwarded to a chat after the tap, then removed from the phone', async () => {
  const wx = simWx();
  const seen: Record<string, unknown>[] = [];
  wx.showModal = (o: { confirmText?: string; success?: (r: unknown) => void }) => {
    seen.push({ showModal: o.confirmText });
    const res = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
    o.success?.(res);
    return Promise.resolve(res);
  };
  standInFileDownload(seen, 'wxfile://tmp_2');
  wx.shareFileMessage = (o: { filePath: string; fileName: string; success?: (r: unknown) => void }) => {
    seen.push({ shareFileMessage: [o.filePath, o.fileName] });
    // As WeChat does: called without callbacks, an async API answers a Promise (Taro passes the call straight on).
    const res = { errMsg: 'shareFileMessage:ok' };
    o.success?.(res);
    return Promise.resolve(res);
  };
  const p = open('packages/privacy/pages/index/index', {});
  await until(() => p.texts('download-my-data').length > 0, p.allText);
  expect(p.allText()).toContain('审计日志');
  p.tap('download-my-data');
  await until(
    () => p.texts('privacy-download-result').length > 0,
    () => `${JSON.stringify(seen)} ${p.allText()}`,
  );
  expect(calls.map((c) => c.data)).toContainEqual({ action: 'myData', delivery: 'file' });
  const dest = (seen[2].copyFile as string[])[1];
  expect(dest).toMatch(/\/我的数据_20261203\.json$/);
  expect(seen).toEqual([
    { showModal: '转发' },
    { downloadFile: FILE_ID },
    { copyFile: ['wxfile://tmp_2', dest] },
    { shareFileMessage: [dest, '我的数据_20261203.json'] },
    // Once forwarded, the phone keeps no copy (it holds the full ID number).
    { unlink: dest },
  ]);
  expect(p.texts('privacy-download-result')).toEqual(['已生成 我的数据_20261203.json：2件诉求，3条消息']);
});
