/**
 * Who may run the network: every network action of the `admin` function × every kind of caller, each cell a real
 * call over HTTP about things of one township (T), compared with the status the access rules give. Anonymous and
 * unbound callers are 401, workers 403, an admin of another township 403 (or, for a volunteer, 404 as if missing);
 * T's own admin, the county's and the city's are served. Bootstrap takes no role: with no secret set it is 403 for all.
 */
import { SCHEMAS } from '~/types/api';
import { Client } from '../support/local-harness';
import { loginAs } from './work-fixture';
import { csvFile, postsIn, rowFor, scopeOf, uploaded, villagesIn, COUNTY, withNetwork } from './admin-posts-fixture';

// Honest time for this file: the set-up loads the whole demo network and binds its admins, and the matrix is some
// 120 HTTP calls with uploads; measured up to 14 s on a 2-core machine under a load of 14, past jest's 5 s.
jest.setTimeout(60_000);

const callers = {} as Record<Caller, Client>;
type Caller = 'anonymous' | 'resident' | 'volunteer' | 'staff' | 'townshipIn' | 'townshipOut' | 'county' | 'city';
const CALLERS: Caller[] = [
  'anonymous',
  'resident',
  'volunteer',
  'staff',
  'townshipIn',
  'townshipOut',
  'county',
  'city',
];

const T = scopeOf('demo-township-admin');
let volunteerId = '';

beforeAll(() => {
  delete process.env.ADMIN_BOOTSTRAP_SECRET;
});
const n = withNetwork();
beforeAll(async () => {
  const other = postsIn(COUNTY).find((p) => p.townshipCode !== T)!.townshipCode;
  const code = (
    await n.county.call('admin', { action: 'createInvite', role: 'admin', regionCode: other, name: '邻镇管理员' })
  ).json.data.code;
  const out = new Client(n.h.url);
  expect((await out.call('work', { action: 'acceptInvite', code })).status).toBe(200);
  const resident = new Client(n.h.url);
  await resident.call('resident', { action: 'me' });
  Object.assign(callers, {
    anonymous: new Client(n.h.url),
    resident,
    volunteer: await loginAs(n.h, 'demo-volunteer'),
    staff: await loginAs(n.h, 'demo-staff'),
    townshipIn: n.township,
    townshipOut: out,
    county: n.county,
    city: n.city,
  });
  volunteerId = (await n.h.store.volunteers.inRegion(T, null, 1))[0].id;
});

let k = 0;
/** An import file uploaded by the caller (their own folder); callers who may not upload get the county's. */
async function fileOf(c: Client, row: number): Promise<string> {
  const bytes = Buffer.from(csvFile([rowFor(villagesIn(T)[1], row)]), 'base64');
  const own = await c.postBytes('/admin-files', bytes);
  return own.status === 200 ? own.json.data.fileId : uploaded(n.county, bytes.toString('base64'));
}

/** Each call a fresh body (a unique name), so a served write succeeds every time. */
const BODIES: Record<string, (c: Client) => Record<string, unknown> | Promise<Record<string, unknown>>> = {
  posts: () => ({ regionCode: T }),
  post: () => ({ postId: postsIn(T, 'active')[0].id }),
  createPost: () => {
    const v = villagesIn(T)[0];
    return { name: `矩阵岗${++k}`, address: '村委会', villageCode: v.code, lat: v.lat, lng: v.lng };
  },
  updatePost: () => ({ postId: postsIn(T, 'active')[1].id, name: `矩阵改名${++k}` }),
  checkImport: async (c) => ({ fileId: await fileOf(c, ++k) }),
  importPosts: async (c) => ({ fileId: await fileOf(c, 1000 + ++k), goodOnly: false, offset: 0 }),
  importUpload: () => ({}),
  plates: () => ({ townshipCode: T }),
  plateSheet: () => ({ postIds: [postsIn(T, 'active')[0].id] }),
  people: () => ({ regionCode: T }),
  assignPosts: () => ({ volunteerId, postIds: [postsIn(T, 'active')[2].id] }),
  deactivate: () => ({ volunteerId, active: true }),
  services: () => ({ regionCode: T }),
  regions: () => ({ parentCode: T }),
  bootstrap: () => ({ secret: 'guess', name: '某某某' }),
};

/** The status the rules give. */
function expected(action: string, who: Caller): number {
  if (action === 'bootstrap') return 403;
  if (who === 'anonymous' || who === 'resident') return 401;
  if (who === 'volunteer' || who === 'staff') return 403;
  if (who === 'townshipOut') {
    // A file is read for anyone's scope: its rows are reported outside it (and importing them is refused).
    if (action === 'checkImport') return 200;
    if (action === 'importPosts') return 400;
    if (action === 'importUpload') return 200;
    if (action === 'assignPosts' || action === 'deactivate') return 404;
    return 403;
  }
  return 200;
}

test('every action of the matrix is an action of the contract', () => {
  const network = Object.keys(BODIES).sort();
  const contract = Object.keys(SCHEMAS.admin).filter((a) => network.includes(a));
  expect(contract.sort()).toEqual(network);
});

test('every network action × every caller answers as the access rules say', async () => {
  const got: string[] = [];
  const want: string[] = [];
  for (const action of Object.keys(BODIES)) {
    for (const who of CALLERS) {
      const res = await callers[who].call('admin', { action, ...(await BODIES[action](callers[who])) });
      got.push(`${action} × ${who}: ${res.status}`);
      want.push(`${action} × ${who}: ${expected(action, who)}`);
      if (res.status !== 200) expect(res.json.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
  }
  expect(got).toEqual(want);
  expect(n.h.errors).toEqual([]);
});
