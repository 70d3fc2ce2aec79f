/**
 * Hand-over only inside the request's own region (转交范围), over SQLite and the CloudBase stand-in: a volunteer is
 * offered the township's judicial office and the county's legal-aid centre of the post; another county's office,
 * another township's office of the same county, or the city centre while the county has its own, are refused with
 * 403 OFFICE_OUT_OF_REGION and the question is left exactly as it was. The county centre may pass it up to the
 * city's legal-aid centre, whose region contains every post.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { residentRoutes } from '~/cloudfunctions/functions/resident/routes';
import { workRoutes } from '~/cloudfunctions/functions/work/routes';
import type { Dataset } from '~/cloudfunctions/store/port';
import type { User } from '~/types/domain';
import { containsPlace, handOverOffice } from '~/cloudfunctions/domain/work/handover-region';
import { countyNetwork } from '../support/county-network';
import { demoDataset } from '../support/local-harness';
import { userRow } from '../support/rows';
import { runner, STORE_NAMES, withBothStores } from './route-runner';

const DATA_KEY = randomBytes(32);
const data = demoDataset();
const active = data.posts.filter((p) => p.status === 'active').sort((a, b) => (a.id < b.id ? -1 : 1));
const post = active[0];
const farPost = active.find((p) => p.countyCode !== post.countyCode)!;
const svc = (kind: string, region: string) => data.services.find((s) => s.kind === kind && s.regionCode === region)!;
const office = svc('judicialOffice', post.townshipCode);
const centre = svc('legalAidCentre', post.countyCode);
const cityCentre = svc('legalAidCentre', '220800');
const farOffice = svc('judicialOffice', farPost.townshipCode);
const farCentre = svc('legalAidCentre', farPost.countyCode);
const neighbourOffice = data.services.find(
  (s) => s.kind === 'judicialOffice' && s.regionCode.startsWith(post.countyCode) && s.regionCode !== post.townshipCode,
)!;
const volunteerRow = data.volunteers.find((v) => v.postIds.includes(post.id))!;
const counties = [post.countyCode, farPost.countyCode];
const user = (openid: string, role: User['role'], over: Partial<User>): User =>
  userRow(openid, role, post.countyCode, over);

function network(): Dataset {
  return countyNetwork(counties, {
    volunteers: [volunteerRow],
    users: [
      user('vol', 'volunteer', { regionCode: volunteerRow.villageCode, volunteerId: volunteerRow.id }),
      user('centre-staff', 'staff', { serviceId: centre.id }),
    ],
  });
}

beforeAll(() => {
  expect([office, centre, cityCentre, farOffice, farCentre, neighbourOffice].every(Boolean)).toBe(true);
});
const stores = withBothStores(network);

describe.each(STORE_NAMES)('hand-over region over %s', (name) => {
  const s = () => stores.named(name);
  let t = Date.UTC(2026, 11, 3, 2);
  let made: { resident: ReturnType<typeof runner>; work: ReturnType<typeof runner> } | null = null;
  const fns = () => {
    const options = { now: () => t, dataKey: DATA_KEY };
    made ??= {
      resident: runner(s().store, 'resident', residentRoutes, options),
      work: runner(s().store, 'work', workRoutes, options),
    };
    return made;
  };
  beforeEach(() => {
    t += 2 * 3600 * 1000; // past the hourly cap of the questions before
  });

  async function question() {
    const res = await fns().resident(`o-res-${randomUUID()}`, {
      action: 'ask',
      postId: post.id,
      clientId: randomUUID(),
      category: 'wages',
      text: '老板拖欠三个月工资不给，该怎么办？',
      callbackPhone: '13912345678',
    });
    expect(res.status).toBe(200);
    return res.data.id as string;
  }
  const snapshot = async (id: string) => {
    const r = (await s().store.requests.byId(id))!;
    return { status: r.status, version: r.version, assignee: r.assignee, timeline: r.timeline.length };
  };
  const handOver = async (who: string, id: string, toServiceId: string) => {
    const version = (await s().store.requests.byId(id))!.version;
    return fns().work(who, { action: 'handOver', id, version, toServiceId, reason: '需要专业机构协助办理' });
  };

  test("the volunteer is offered the post's township office and county centre only", async () => {
    const id = await question();
    const d = await fns().work('vol', { action: 'detail', id });
    expect(d.data.handOverTargets.map((x: { id: string }) => x.id)).toEqual([office.id, centre.id]);
  });

  test("another county's office or centre, a neighbouring township's office, the city centre: 403, unchanged", async () => {
    const id = await question();
    const before = await snapshot(id);
    for (const target of [farOffice, farCentre, neighbourOffice, cityCentre]) {
      const res = await handOver('vol', id, target.id);
      expect([target.name, res.status, res.error?.code]).toEqual([target.name, 403, 'OFFICE_OUT_OF_REGION']);
      expect(res.error?.message).toMatch(/只能转交给本乡镇、本县（市、区）或市级的单位/);
    }
    expect(await snapshot(id)).toEqual(before);
  });

  test("the county centre takes it, and may pass it up to the city's centre (its region holds every post)", async () => {
    const id = await question();
    expect((await handOver('vol', id, centre.id)).status).toBe(200);
    expect((await s().store.requests.byId(id))!.assignee).toBe(centre.id);
    const d = await fns().work('centre-staff', { action: 'detail', id });
    expect(d.data.handOverTargets.map((x: { id: string }) => x.id)).toEqual([office.id, cityCentre.id]);
    const far = await handOver('centre-staff', id, farCentre.id);
    expect([far.status, far.error?.code]).toEqual([403, 'OFFICE_OUT_OF_REGION']);
    const up = await handOver('centre-staff', id, cityCentre.id);
    expect(up.status).toBe(200);
    expect((await s().store.requests.byId(id))!.assignee).toBe(cityCentre.id);
  });
});

test("the timer's office for every post of the city contains the post: a street without an office gets its county's", () => {
  const takingHandOvers = data.services.filter((s) => s.channels.includes('handover'));
  const wrong = active.filter((p) => {
    const chosen = handOverOffice(takingHandOvers, p);
    return chosen === null || !containsPlace(chosen, p);
  });
  expect(wrong.map((p) => p.id)).toEqual([]);
  const hasOffice = (code: string) => data.services.some((s) => s.kind === 'judicialOffice' && s.regionCode === code);
  const bare = active.find((p) => !hasOffice(p.townshipCode));
  expect(bare).toBeDefined();
  // Before, it was the first office found anywhere in the county: another street's, which then saw the caller's number.
  expect(handOverOffice(takingHandOvers, bare!)!.regionCode).toBe(bare!.countyCode);
});
