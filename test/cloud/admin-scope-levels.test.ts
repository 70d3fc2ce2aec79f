/**
 * One scope for every admin action, at every level: the city admin, a county admin and a township admin each ask
 * every admin action about records of a region beside theirs (another city, another county of the city, another
 * township of the same county), over HTTP. Every call is refused (403 OUT_OF_SCOPE; a volunteer, an invite or an
 * admin of elsewhere answers like a missing one) with a Chinese message, and none of those records changes.
 */
import { SCHEMAS } from '~/types/api';
import type { Post, ServicePoint, User } from '~/types/domain';
import type { InviteRow, VolunteerRow } from '~/cloudfunctions/store/port';
import type { Client } from '../support/local-harness';
import { expectRefused, postsIn, villagesIn, type Network, COUNTY, TOWNSHIP, withNetwork } from './admin-posts-fixture';

const DAY_MS = 24 * 3600 * 1000;
/** Invite codes of the other regions, in the invite alphabet (no 0, 1, I, L or O). */
const INVITE_CODES: Record<string, string> = { city: 'FARCTY234567', county: 'FARCNTY23456', township: 'FARTWN234567' };

/** The records of one region beside an admin's: what each action is asked about. */
interface Far {
  township: string;
  village: string;
  post: Post;
  service: ServicePoint;
  volunteer: VolunteerRow;
  invite: InviteRow;
  admin: User;
}

/** Actions that name no record of a region: lists of the caller's own scope, settings, files, the audit log. */
const WITHOUT_RECORD = [
  'invites',
  'admins',
  'settings',
  'updateSettings',
  'auditLog',
  'checkImport',
  'importPosts',
  'importUpload',
  'bootstrap',
];

type Refusal = [status: number, code: string];
const OUT: Refusal = [403, 'OUT_OF_SCOPE'];

/** Each admin action asked about a record of `far`, and how it must refuse. */
function cases(far: Far, level: string): Array<[action: string, body: Record<string, unknown>, refusal: Refusal]> {
  const village = villagesIn(far.township)[0];
  const period = { preset: '30d' };
  return [
    ['posts', { regionCode: far.township }, OUT],
    ['post', { postId: far.post.id }, OUT],
    ['updatePost', { postId: far.post.id, name: '越权改名' }, OUT],
    // Another city's village is not in this city's data at all: a typo to the city admin (404), never a write.
    [
      'createPost',
      {
        name: '越权新岗',
        address: '村委会',
        villageCode: far.village,
        lat: village?.lat ?? 43.6,
        lng: village?.lng ?? 122.8,
      },
      level === 'city' ? [404, 'VILLAGE_NOT_FOUND'] : OUT,
    ],
    ['plates', { townshipCode: far.township }, OUT],
    ['plateSheet', { postIds: [far.post.id] }, OUT],
    ['people', { regionCode: far.township }, OUT],
    ['assignPosts', { volunteerId: far.volunteer.id, postIds: [] }, [404, 'VOLUNTEER_NOT_FOUND']],
    ['deactivate', { volunteerId: far.volunteer.id, active: false }, [404, 'VOLUNTEER_NOT_FOUND']],
    ['services', { regionCode: far.township }, OUT],
    ['regions', { parentCode: far.township }, OUT],
    ['servicePoints', { regionCode: far.township }, OUT],
    ['saveServicePoint', { ...pointBody(far.service), id: far.service.id }, OUT],
    ['saveServicePoint', pointBody(far.service), OUT],
    ['createInvite', { role: 'volunteer', regionCode: far.village, name: '越权邀请', postIds: [far.post.id] }, OUT],
    ['createInvite', { role: 'admin', regionCode: far.township, name: '越权管理员', postIds: [] }, OUT],
    ['inviteCode', { code: far.invite.code }, [404, 'INVITE_NOT_FOUND']],
    ['revokeAdmin', { openid: far.admin.openid }, [404, 'NOT_FOUND']],
    ['dashboard', { subject: far.township, period }, OUT],
    ['dashboard', { subject: far.post.id, period }, OUT],
    ['coverage', { regionCode: far.township }, OUT],
    ['coverageClusters', { regionCode: far.township }, OUT],
    ['export', { table: 'children', subject: far.township, period }, OUT],
    ['export', { table: 'top', subject: far.post.id, period }, OUT],
    ['stats', { regionCode: far.township }, OUT],
    ['stats', { postId: far.post.id }, OUT],
  ];
}

/** A service point form about `point`'s region, as the app sends it. */
function pointBody(point: ServicePoint): Record<string, unknown> {
  const { kind, name, regionCode, address, phone } = point;
  return { kind, name: `${name}改`, regionCode, address, phone, lat: null, lng: null, channels: [] };
}

/** Puts the records of `township` (a post, a service point, a volunteer, an invite, an admin) into the store. */
async function farRecords(township: string, tag: string): Promise<Far> {
  const seeded = villagesIn(township)[0];
  const village = seeded?.code ?? `${township}001`;
  const post: Post = {
    ...(postsIn(township, 'active')[0] ?? postsIn('2208', 'active')[0]),
    id: `far-${tag}`,
    name: `邻区先锋岗${tag}`,
    villageCode: village,
    townshipCode: township,
    countyCode: township.slice(0, 6),
  };
  const created = await n.h.store.posts.create(
    [post],
    [{ postId: post.id, at: Date.now(), by: 'seed', action: 'create', summary: '' }],
  );
  expect(created.created).toBe(1);
  const service: ServicePoint = {
    id: `svc-far-${tag}`,
    kind: 'mediationRoom',
    name: `邻区调解室${tag}`,
    regionCode: township,
    address: '邻区路1号',
    phone: '0436-1234567',
    hours: '',
    lat: null,
    lng: null,
    stars: null,
    note: '',
    channels: ['mediation'],
  };
  expect(await n.h.store.services.create(service)).toBe(true);
  const volunteer: VolunteerRow = {
    id: `vol-far-${tag}`,
    name: '邻区志愿者',
    villageCode: village,
    phone: '13900000000',
    phonePublic: false,
    isMediator: false,
    hours: '',
    postIds: [post.id],
    photoFileId: null,
    active: true,
  };
  await n.h.store.volunteers.put(volunteer);
  const now = Date.now();
  const invite: InviteRow = {
    code: INVITE_CODES[tag],
    role: 'volunteer',
    regionCode: village,
    name: '邻区邀请',
    postIds: [post.id],
    serviceId: null,
    volunteerId: null,
    createdBy: 'seed',
    createdAt: now,
    expiresAt: now + 7 * DAY_MS,
    usedBy: null,
    usedAt: null,
  };
  await n.h.store.invites.create(invite);
  const admin: User = {
    openid: `far-admin-${tag}`,
    role: 'admin',
    regionCode: township,
    label: '邻区管理员',
    volunteerId: null,
    serviceId: null,
  };
  await n.h.store.users.put(admin);
  return { township, village, post, service, volunteer, invite, admin };
}

/** The levels: each admin, and a township beside their scope (another city, county or township). */
const LEVELS: Array<[level: string, who: (n: Network) => Client, township: () => string]> = [
  ['city', (x) => x.city, () => '220102001'],
  ['county', (x) => x.county, () => postsIn('2208').find((p) => p.countyCode !== COUNTY)!.townshipCode],
  ['township', (x) => x.township, () => postsIn(COUNTY).find((p) => p.townshipCode !== TOWNSHIP)!.townshipCode],
];

const n = withNetwork();

test('every admin action that names a record is asked about another region below', () => {
  const named = new Set(cases(farShape(), 'county').map(([action]) => action));
  const all = Object.keys(SCHEMAS.admin).filter((a) => !WITHOUT_RECORD.includes(a));
  expect([...named].sort()).toEqual(all.sort());
});

test.each(LEVELS)('the %s admin is refused every record of the region beside theirs', async (level, who, where) => {
  const caller = who(n);
  const far = await farRecords(where(), level);
  for (const [action, body, [status, code]] of cases(far, level)) {
    const res = await caller.call('admin', { action, ...body });
    expect({ action, status: res.status, code: res.json.error?.code }).toEqual({ action, status, code });
    expectRefused(res, status, code);
  }
  // Nothing of the other region changed, and nothing was made there.
  expect(await n.h.store.posts.byId(far.post.id)).toEqual(far.post);
  expect(await n.h.store.services.byId(far.service.id)).toEqual(far.service);
  const volunteer = await n.h.store.volunteers.byId(far.volunteer.id);
  // The store leaves `active` out for an active volunteer; only a deactivation writes false.
  expect(volunteer).toMatchObject({ postIds: [far.post.id] });
  expect(volunteer?.active).not.toBe(false);
  expect(await n.h.store.users.byOpenid(far.admin.openid)).toMatchObject({ role: 'admin' });
  expect((await n.h.store.posts.inRegion(far.township, null, 100)).map((p) => p.name)).not.toContain('越权新岗');
  expect((await n.h.store.invites.forRegion(far.township, 100)).map((i) => i.name)).toEqual(['邻区邀请']);
  expect(n.h.errors).toEqual([]);
});

/** A stand-in of the records, for listing the actions alone. */
function farShape(): Far {
  const post = postsIn('2208', 'active')[0];
  return {
    township: post.townshipCode,
    village: post.villageCode,
    post,
    service: { id: 's', kind: 'mediationRoom', regionCode: post.townshipCode } as ServicePoint,
    volunteer: { id: 'v' } as VolunteerRow,
    invite: { code: 'c' } as InviteRow,
    admin: { openid: 'o' } as User,
  };
}
