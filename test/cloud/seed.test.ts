/** The demo dataset (演示数据) matches the 2023 report's network, is deterministic and loads into SQLite. */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cityContacts from '~/data/city-contacts.json';
import { distanceM } from '~/cloudfunctions/geo/distance';
import { openSqliteStore } from '~/cloudfunctions/store/sqlite';
import type { Dataset } from '~/cloudfunctions/store/port';
import type { GeoPoint, Post } from '~/types/domain';
import { POST_ID_PATTERN, REGION_CODE_PATTERN } from '~/types/ids';
import { generateDataset, seedDatabase } from '~/scripts/seed/index';
import { DEMO_IDENTITIES, DEMO_MEDIATOR_NAME, firstActivePost } from '~/scripts/seed/users';

const started = performance.now();
const data: Dataset = generateDataset();
const generationMs = performance.now() - started;

const byLevel = (level: string) => data.regions.filter((r) => r.level === level);
const regionByCode = new Map(data.regions.map((r) => [r.code, r]));
const ofKind = (kind: string) => data.services.filter((s) => s.kind === kind);
const hash = (d: Dataset) => createHash('sha256').update(JSON.stringify(d)).digest('hex');
const inCity = (p: GeoPoint) => p.lat > 44.2 && p.lat < 46.3 && p.lng > 121.6 && p.lng < 124.9;
/** Asserts that no item is wrong, listing the wrong ones when some are. */
const none = <T>(items: readonly T[], wrong: (item: T) => boolean) => expect(items.filter(wrong)).toEqual([]);

describe('the demo dataset has the report’s exact scale', () => {
  test('one city, five county-level units with their real codes, 105 townships, 1,038 villages', () => {
    expect(byLevel('city')).toEqual([expect.objectContaining({ code: '220800', name: '白城市', parentCode: null })]);
    const counties = byLevel('county').map((c) => `${c.code}${c.name}`);
    expect(counties.join(' ')).toBe('220802洮北区 220821镇赉县 220822通榆县 220881洮南市 220882大安市');
    expect([byLevel('township').length, byLevel('village').length]).toEqual([105, 1038]);
  });

  test('5,292 posts of which 12 are retired, none of them the first post of its village', () => {
    expect(data.posts).toHaveLength(5292);
    const retired = data.posts.filter((p) => p.status === 'retired');
    expect(retired).toHaveLength(12);
    none(retired, (p) => p.id.endsWith('01'));
    expect(new Set(retired.map((p) => p.countyCode)).size).toBe(5);
    none(data.posts, (p) => p.radiusM !== 500 || p.createdAt !== Date.UTC(2024, 0, 1));
  });

  test('3,021 volunteers, about 85 % with a public phone and 20 % mediators', () => {
    expect(data.volunteers).toHaveLength(3021);
    const share = (f: (v: Dataset['volunteers'][number]) => boolean) => data.volunteers.filter(f).length / 3021;
    expect(share((v) => v.phonePublic)).toBeCloseTo(0.85, 1);
    expect(share((v) => v.isMediator)).toBeCloseTo(0.2, 1);
  });

  test('104 judicial offices (50 five-star, 34 four-star, 20 three-star), one per township but one', () => {
    const offices = ofKind('judicialOffice');
    expect(offices).toHaveLength(104);
    const stars = (n: number) => offices.filter((o) => o.stars === n).length;
    expect([stars(5), stars(4), stars(3)]).toEqual([50, 34, 20]);
    expect(new Set(offices.map((o) => o.regionCode)).size).toBe(104);
    none(offices, (o) => {
      const town = regionByCode.get(o.regionCode);
      return town?.level !== 'township' || o.id !== `svc-jo-${o.regionCode}` || o.name !== `${town.name}司法所`;
    });
    none(offices, (o) => !/^0436-\d{7}$/.test(o.phone) || o.lat === null);
  });

  test('57 personal mediation rooms, each in its own village and named after its mediator', () => {
    const rooms = ofKind('mediationRoom');
    expect(rooms).toHaveLength(57);
    expect(new Set(rooms.map((r) => r.regionCode)).size).toBe(57);
    none(rooms, (r) => {
      const village = regionByCode.get(r.regionCode);
      if (village?.level !== 'village' || !/^\p{Script=Han}{2,3}个人调解室$/u.test(r.name)) return true;
      return distanceM(village, { lat: r.lat ?? 0, lng: r.lng ?? 0 }) >= 2000;
    });
  });

  test('legal aid: city and 5 county centres, 8 women’s stations and one at 白城师范学院', () => {
    const centres = ofKind('legalAidCentre').map((s) => s.name);
    expect(centres.map((n) => n.replace('法律援助中心', '')).join()).toBe('白城市,洮北区,镇赉县,通榆县,洮南市,大安市');
    const stations = ofKind('legalAidStation').map((s) => s.name);
    expect(stations.filter((n) => n.endsWith('妇女法律援助工作站'))).toHaveLength(8);
    expect(stations.filter((n) => !n.endsWith('妇女法律援助工作站'))).toEqual(['白城师范学院法律援助工作站']);
  });

  test('the city-wide contacts (notary, arbitration, hotline, city legal aid) are included unchanged', () => {
    for (const contact of cityContacts.contacts) expect(data.services).toContainEqual(contact);
    const names = (kind: string) => ofKind(kind).map((s) => s.name);
    expect([names('notary'), names('arbitration'), names('hotline')]).toEqual([
      ['白城市鹤城公证处'],
      ['白城仲裁委员会'],
      ['12348 公共法律服务热线'],
    ]);
    expect(new Set(data.services.map((s) => s.id)).size).toBe(data.services.length);
  });
});

describe('the demo dataset is well-formed', () => {
  test('two runs give the same dataset, in well under 2 s', () => {
    expect(hash(generateDataset())).toBe(hash(data));
    expect(generationMs).toBeLessThan(2000);
  });

  test('region codes are well-formed and nest under their parents', () => {
    expect(new Set(data.regions.map((r) => r.code)).size).toBe(data.regions.length);
    const width = { city: 6, county: 6, township: 9, village: 12 };
    const parentLevel = { city: null, county: 'city', township: 'county', village: 'township' };
    const maxDistanceM = { city: 0, county: Infinity, township: 40000, village: 8000 };
    none(data.regions, (r) => {
      if (!REGION_CODE_PATTERN.test(r.code) || r.code.length !== width[r.level]) return true;
      if (r.level === 'city') return r.parentCode !== null;
      const parent = regionByCode.get(r.parentCode ?? '');
      if (!parent || parent.level !== parentLevel[r.level]) return true;
      if (r.level !== 'county' && !r.code.startsWith(parent.code)) return true;
      return distanceM(parent, r) >= maxDistanceM[r.level];
    });
    const names = byLevel('village').map((v) => `${v.parentCode}${v.name}`);
    expect(new Set(names).size).toBe(names.length);
    none(names, (n) => !/(村|社区)$/.test(n));
    none(byLevel('township'), (t) => !/(镇|乡|街道)$/.test(t.name));
    // 黑水镇 旭日村: the provincial democracy-and-rule-of-law model village of the report.
    const heishui = byLevel('township').find((t) => t.name === '黑水镇');
    expect(heishui?.parentCode).toBe('220881');
    expect(byLevel('village').some((v) => v.name === '旭日村' && v.parentCode === heishui?.code)).toBe(true);
  });

  test('post ids are unique QR scenes of `p` + village code + sequence', () => {
    expect(new Set(data.posts.map((p) => p.id)).size).toBe(5292);
    const nested = (p: Post) => p.villageCode.startsWith(p.townshipCode) && p.townshipCode.startsWith(p.countyCode);
    none(data.posts, (p) => !POST_ID_PATTERN.test(p.id) || !/^p\d{14}$/.test(p.id) || !nested(p));
    none(data.posts, (p) => !p.id.startsWith(`p${p.villageCode}`));
  });

  test('every post is within 2 km of its village and inside the city', () => {
    none(data.posts, (p) => distanceM(regionByCode.get(p.villageCode)!, p) >= 2000 || !inCity(p));
  });

  test('every village has a post and a volunteer; volunteers serve existing posts, all of their village', () => {
    const postIds = new Set(data.posts.map((p) => p.id));
    const withPost = new Set(data.posts.map((p) => p.villageCode));
    const withVolunteer = new Set(data.volunteers.map((v) => v.villageCode));
    none(byLevel('village'), (v) => !withPost.has(v.code) || !withVolunteer.has(v.code));
    const villagePosts = (code: string) => data.posts.filter((p) => p.villageCode === code).map((p) => p.id);
    none(data.volunteers, (v) => !v.postIds.every((id) => postIds.has(id)));
    none(data.volunteers, (v) => v.postIds.join() !== villagePosts(v.villageCode).join());
  });

  test('volunteer ids and phone numbers are unique and well-formed', () => {
    expect(data.volunteers.filter((v, i) => v.id !== `v${String(i + 1).padStart(5, '0')}`)).toEqual([]);
    none(data.volunteers, (v) => !/^1[3-9]\d{9}$/.test(v.phone));
    expect(new Set(data.volunteers.map((v) => v.phone)).size).toBe(3021);
  });

  test('the demo volunteer serves the first active post; the demo mediator works in the same township', () => {
    const first = firstActivePost(data.posts);
    expect(first.id).toBe('p22080200100101');
    const users = new Map(data.users.map((u) => [u.openid, u]));
    const volunteers = new Map(data.volunteers.map((v) => [v.id, v]));
    const volunteer = volunteers.get(users.get('demo-volunteer')?.volunteerId ?? '');
    expect(volunteer?.isMediator).toBe(false);
    expect(volunteer?.postIds).toContain(first.id);
    expect(users.get('demo-volunteer')?.regionCode).toBe(first.villageCode);
    const mediator = volunteers.get(users.get('demo-mediator')?.volunteerId ?? '');
    expect(mediator?.isMediator).toBe(true);
    expect(mediator?.villageCode.startsWith(first.townshipCode)).toBe(true);
    const scopes = ['demo-staff', 'demo-admin', 'demo-county-admin'].map((id) => users.get(id)?.regionCode);
    expect(scopes).toEqual([byLevel('township')[0].code, '220800', '220802']);
  });

  test('each worker identity works for its own unit: the room, the township office, the county aid centre', () => {
    const users = new Map(data.users.map((u) => [u.openid, u]));
    const services = new Map(data.services.map((s) => [s.id, s]));
    const unit = (openid: string) => services.get(users.get(openid)?.serviceId ?? '');
    expect(users.get('demo-volunteer')?.serviceId).toBeNull();
    expect(unit('demo-mediator')).toMatchObject({ kind: 'mediationRoom', name: `${DEMO_MEDIATOR_NAME}个人调解室` });
    const township = byLevel('township')[0].code;
    expect(unit('demo-staff')).toMatchObject({ kind: 'judicialOffice', regionCode: township });
    expect(users.get('demo-aid-staff')).toMatchObject({ role: 'staff', regionCode: '220802', volunteerId: null });
    expect(unit('demo-aid-staff')).toMatchObject({ kind: 'legalAidCentre', regionCode: '220802' });
    expect(['demo-admin', 'demo-county-admin'].map((id) => users.get(id)?.serviceId)).toEqual([null, null]);
  });

  test('seeded volunteers have no photo yet, and demo labels are unique', () => {
    none(data.volunteers, (v) => v.photoFileId !== null);
    expect(new Set(DEMO_IDENTITIES.map((d) => d.label)).size).toBe(DEMO_IDENTITIES.length);
    expect(DEMO_IDENTITIES.map((d) => d.openid)).toEqual([
      'demo-resident',
      'demo-volunteer',
      'demo-mediator',
      'demo-staff',
      'demo-aid-staff',
      'demo-admin',
      'demo-county-admin',
      'demo-township-admin',
    ]);
  });

  test('DEMO_IDENTITIES lists the resident first, then every seeded demo user with its label', () => {
    expect(DEMO_IDENTITIES[0]).toEqual({ openid: 'demo-resident', role: 'resident', label: '演示群众' });
    expect(DEMO_IDENTITIES.slice(1)).toEqual(data.users.map(({ openid, role, label }) => ({ openid, role, label })));
    expect(DEMO_IDENTITIES.find((d) => d.openid === 'demo-volunteer')?.label).toMatch(/^演示志愿者（.+）$/);
  });
});

describe('the demo network has coverage gaps for 服务圈覆盖 to find', () => {
  test('15 villages, 3 in each county, have no active post within 500 m of the committee; the demo township has none', () => {
    const active = data.posts.filter((p) => p.status === 'active');
    const uncovered = data.regions
      .filter((r) => r.level === 'village')
      .filter((v) => !active.some((p) => Math.abs(p.lat - v.lat) < 0.01 && distanceM(p, v) <= 500));
    expect(uncovered).toHaveLength(15);
    const perCounty = new Map<string, number>();
    for (const v of uncovered) perCounty.set(v.code.slice(0, 6), (perCounty.get(v.code.slice(0, 6)) ?? 0) + 1);
    expect([...perCounty.values()]).toEqual([3, 3, 3, 3, 3]);
    expect(uncovered.some((v) => v.code.startsWith('220802001'))).toBe(false);
  });
});

describe('seedDatabase', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-seed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a fresh SQLite file whose posts, volunteers and users read back through the store', async () => {
    const file = join(dir, 'nested', 'pioneer.db');
    expect(await seedDatabase(file)).toEqual({ posts: 5292, scans: 0, requests: 0, ms: expect.any(Number) });
    const store = openSqliteStore(file);
    try {
      expect(await store.posts.byId('p22080200100101')).toEqual(data.posts[0]);
      const retired = data.posts.find((p) => p.status === 'retired')!;
      expect((await store.posts.byId(retired.id))?.status).toBe('retired');
      expect((await store.volunteers.forPost('p22080200100101', 10)).length).toBeGreaterThan(0);
      expect((await store.users.byOpenid('demo-admin'))?.regionCode).toBe('220800');
      const staff = data.users.find((u) => u.openid === 'demo-staff')!;
      expect(await store.users.byOpenid('demo-staff')).toEqual(staff);
      expect((await store.regions.byCode('220881103'))?.name).toBe('黑水镇');
    } finally {
      await store.close();
    }
  });

  test('refuses to load the dataset twice into the same database', async () => {
    const file = join(dir, 'twice.db');
    await seedDatabase(file);
    await expect(seedDatabase(file)).rejects.toThrow();
  });
});
