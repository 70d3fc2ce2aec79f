/**
 * Invites as mini-program codes (邀请小程序码): admin.inviteCode over SQLite and the CloudBase stand-in with a strict
 * wxacode stand-in (scene = the invite code within WeChat's limits, page = the accept page without a leading slash),
 * stored under invites/ and answered as a short-lived URL; the admin's own region only; used or expired invites are
 * refused. Locally the same action answers /qr/invite/<code>.svg, a QR of the accept page's H5 link.
 */
import { adminRoutes } from '~/cloudfunctions/functions/admin/routes';
import { INVITE_PAGE, newInviteCode } from '~/cloudfunctions/domain/admin/invites';
import {
  createCloudInviteCodes,
  INVITE_CODE_MAX_AGE_S,
  type InviteCodeSdk,
} from '~/cloudfunctions/functions/invite-codes';
import type { InviteRow } from '~/cloudfunctions/store/port';
import type { User } from '~/types/domain';
import { Client, startHarness } from '../support/local-harness';
import { userRow } from '../support/rows';
import { runner, STORE_NAMES, withBothStores } from './route-runner';

const NOW = Date.UTC(2026, 11, 3, 2);
const COUNTY = '220802';
// WeChat's rule for `scene`: at most 32 visible characters of this set.
const SCENE = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;

/** A wxacode + storage stand-in as strict as the service: bad scene or page fail, URLs only for stored files. */
function wxStandin() {
  const files = new Map<string, Buffer>();
  const calls: Array<{ scene: string; page: string }> = [];
  const ages: number[] = [];
  let failNext = false;
  const sdk: InviteCodeSdk = {
    async getUnlimited({ scene, page }) {
      calls.push({ scene, page });
      if (failNext) return { errCode: 45009, errMsg: 'reach max api daily quota limit' };
      if (!SCENE.test(scene)) return { errCode: 40169, errMsg: 'invalid length for scene' };
      if (page.startsWith('/')) return { errCode: 41030, errMsg: 'invalid page' };
      return { buffer: Buffer.from(`png:${scene}`) };
    },
    async uploadFile({ cloudPath, fileContent }) {
      files.set(`cloud://env-1.bucket/${cloudPath}`, fileContent);
      return { fileID: `cloud://env-1.bucket/${cloudPath}` };
    },
    async getTempFileURL({ fileList }) {
      if (fileList.length > 50) throw new Error('getTempFileURL: at most 50 files');
      return {
        fileList: fileList.map(({ fileID, maxAge }) => {
          ages.push(maxAge);
          return files.has(fileID)
            ? { fileID, tempFileURL: `https://tmp.example/${fileID.slice(8)}?age=${maxAge}`, status: 0 }
            : { fileID, tempFileURL: '', status: 1, errMsg: 'STORAGE_FILE_NONEXIST' };
        }),
      };
    },
  };
  return { sdk, files, calls, ages, failOnce: () => (failNext = true), reset: () => (failNext = false) };
}

const admin = (openid: string, regionCode: string): User => userRow(openid, 'admin', regionCode, { label: openid });
const invite = (over: Partial<InviteRow> = {}): InviteRow => ({
  code: newInviteCode(),
  role: 'volunteer',
  regionCode: `${COUNTY}001`,
  name: '孙明白',
  postIds: [],
  serviceId: null,
  volunteerId: null,
  createdBy: 'county',
  createdAt: NOW,
  expiresAt: NOW + 7 * 86400_000,
  usedBy: null,
  usedAt: null,
  ...over,
});

const stores = withBothStores(() => ({
  regions: [],
  posts: [],
  services: [],
  volunteers: [],
  users: [admin('county', COUNTY), admin('other', '220821')],
}));

describe.each(STORE_NAMES)('invite codes over %s', (name) => {
  const s = () => stores.named(name);

  test('the code opens the accept page with scene = the invite code, stored once, shown for minutes', async () => {
    const wx = wxStandin();
    const call = runner(s().store, 'admin', adminRoutes, {
      now: () => NOW,
      inviteCodes: createCloudInviteCodes(wx.sdk),
    });
    const row = invite();
    await s().store.invites.create(row);
    const res = await call('county', { action: 'inviteCode', code: row.code });
    expect(res.status).toBe(200);
    expect(wx.calls).toEqual([{ scene: row.code, page: INVITE_PAGE }]);
    expect([...wx.files.keys()]).toEqual([`cloud://env-1.bucket/invites/release/${row.code}.png`]);
    expect(res.data.imageUrl).toBe(
      `https://tmp.example/env-1.bucket/invites/release/${row.code}.png?age=${INVITE_CODE_MAX_AGE_S}`,
    );
    expect(Math.max(...wx.ages)).toBeLessThanOrEqual(600);
    expect(res.data.path).toBe(`packages/work/pages/invite/index?code=${row.code}`);
  });

  test('a trial build keeps its codes apart; an unknown version makes no code at all', async () => {
    const wx = wxStandin();
    const trial = runner(s().store, 'admin', adminRoutes, {
      now: () => NOW,
      inviteCodes: createCloudInviteCodes(wx.sdk, () => undefined, 'trial'),
    });
    const row = invite();
    await s().store.invites.create(row);
    expect((await trial('county', { action: 'inviteCode', code: row.code })).status).toBe(200);
    expect([...wx.files.keys()]).toEqual([`cloud://env-1.bucket/invites/trial/${row.code}.png`]);
    const unknown = runner(s().store, 'admin', adminRoutes, {
      now: () => NOW,
      inviteCodes: createCloudInviteCodes(wx.sdk, () => undefined, null),
    });
    const res = await unknown('county', { action: 'inviteCode', code: row.code });
    expect([res.status, res.data.imageUrl]).toEqual([200, '']);
    expect(wx.calls).toHaveLength(1);
  });

  test('a failed code is an empty image, not an error: the code can still be typed', async () => {
    const wx = wxStandin();
    const call = runner(s().store, 'admin', adminRoutes, {
      now: () => NOW,
      inviteCodes: createCloudInviteCodes(wx.sdk, () => undefined),
    });
    const row = invite();
    await s().store.invites.create(row);
    wx.failOnce();
    const res = await call('county', { action: 'inviteCode', code: row.code });
    expect([res.status, res.data.imageUrl, res.data.path]).toEqual([200, '', `${INVITE_PAGE}?code=${row.code}`]);
    expect(wx.files.size).toBe(0);
  });

  test('only the admin’s own region, and only a live invite', async () => {
    const wx = wxStandin();
    const call = runner(s().store, 'admin', adminRoutes, {
      now: () => NOW,
      inviteCodes: createCloudInviteCodes(wx.sdk),
    });
    const mine = invite();
    const used = invite({ usedBy: 'o-someone', usedAt: NOW - 1 });
    const expired = invite({ expiresAt: NOW });
    for (const row of [mine, used, expired]) await s().store.invites.create(row);
    const cases: [string, string, number, string][] = [
      ['other', mine.code, 404, 'INVITE_NOT_FOUND'],
      ['county', used.code, 409, 'INVITE_USED'],
      ['county', expired.code, 410, 'INVITE_EXPIRED'],
      ['county', newInviteCode(), 404, 'INVITE_NOT_FOUND'],
      ['county', 'abc', 400, 'INVALID_INPUT'],
    ];
    for (const [who, code, status, err] of cases) {
      const res = await call(who, { action: 'inviteCode', code });
      expect([who, code, res.status, res.error?.code]).toEqual([who, code, status, err]);
      expect(res.error?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(wx.calls).toEqual([]);
  });
});

test('locally the image is a QR of the accept page’s H5 link, served for well-formed codes only', async () => {
  const h = await startHarness();
  try {
    const county = new Client(h.url);
    expect(await county.login('demo-county-admin')).toBe(200);
    const me = (await h.store.users.byOpenid('demo-county-admin'))!;
    const created = await county.call('admin', {
      action: 'createInvite',
      role: 'admin',
      regionCode: me.regionCode,
      name: '新管理员',
    });
    const code = created.json.data.code as string;
    const res = await county.call('admin', { action: 'inviteCode', code });
    expect(res.json.data).toEqual({ imageUrl: `/qr/invite/${code}.svg`, path: `${INVITE_PAGE}?code=${code}` });
    const svg = await fetch(`${h.url}${res.json.data.imageUrl}`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await svg.text()).toMatch(/^<svg/);
    expect((await fetch(`${h.url}/qr/invite/not-a-code.svg`)).status).toBe(404);
  } finally {
    await h.close();
  }
});
