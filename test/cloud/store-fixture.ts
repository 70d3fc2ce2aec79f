/**
 * Hand-made datasets for the store contract: a small network whose every answer can be worked out by hand, and a
 * larger generated one that forces paging past 100 rows and the nearest-service search past its first boxes.
 */
import type { GeoPoint, Post, ScanRecord, ServicePoint } from '~/types/domain';
import type { AuditEntry, Dataset, VolunteerRow } from '~/cloudfunctions/store/port';
import { DEFAULT_CHANNELS } from '~/types/services';

export const CITY = '220800';
export const COUNTY = '220802';
export const TOWNSHIP_A = '220802001';
export const TOWNSHIP_B = '220802002';
export const VILLAGE_A1 = '220802001001';
export const VILLAGE_A2 = '220802001002';
export const VILLAGE_B1 = '220802002001';

const CREATED = Date.UTC(2026, 0, 5);

function post(id: string, villageCode: string, townshipCode: string, at: GeoPoint, status: Post['status']): Post {
  return {
    id,
    name: `先锋岗 ${id}`,
    address: `${villageCode} 村委会`,
    villageCode,
    townshipCode,
    countyCode: COUNTY,
    lat: at.lat,
    lng: at.lng,
    radiusM: 500,
    status,
    createdAt: CREATED,
  };
}

function service(
  id: string,
  kind: ServicePoint['kind'],
  at: GeoPoint | null,
  stars: number | null = null,
): ServicePoint {
  return {
    id,
    kind,
    name: `服务点 ${id}`,
    regionCode: COUNTY,
    address: '白城市洮北区',
    phone: '0436-12348',
    hours: '8:30-17:00',
    lat: at ? at.lat : null,
    lng: at ? at.lng : null,
    stars,
    note: '',
    channels: [...DEFAULT_CHANNELS[kind]],
  };
}

function volunteer(id: string, name: string, isMediator: boolean, postIds: string[]): VolunteerRow {
  return {
    id,
    name,
    villageCode: VILLAGE_A1,
    phone: '13800001234',
    phonePublic: !isMediator,
    isMediator,
    hours: '全天',
    postIds,
    photoFileId: null,
  };
}

/**
 * The hand-made network. Services: two judicial offices and a mediation room around the county seat, a hotline
 * with no location, a notary more than 2° away, and two legal-aid stations placed so that the one in the corner of
 * a 0.1° box is farther than the one just outside it (a box search that stops at the first hit answers wrongly).
 */
let scanSeq = 0;

/** A QR scan of `postId` by `visitor` at `at`, without a location, with a fresh scan id per call. */
export function scanRecord(postId: string, visitor: string, at: number, more: Partial<ScanRecord> = {}): ScanRecord {
  scanSeq += 1;
  return {
    scanId: `00000000-0000-4000-9000-${String(scanSeq).padStart(12, '0')}`,
    postId,
    visitor,
    at,
    source: 'qr',
    distanceM: null,
    inCircle: null,
    ...more,
  };
}

export function fixture(): Dataset {
  return {
    regions: [
      { code: CITY, name: '白城市', level: 'city', parentCode: null, lat: 45.62, lng: 122.84 },
      { code: COUNTY, name: '洮北区', level: 'county', parentCode: CITY, lat: 45.62, lng: 122.85 },
      { code: TOWNSHIP_A, name: '新立街道', level: 'township', parentCode: COUNTY, lat: 45.61, lng: 122.83 },
      { code: TOWNSHIP_B, name: '东风乡', level: 'township', parentCode: COUNTY, lat: 45.66, lng: 122.95 },
      { code: VILLAGE_A1, name: '新立社区', level: 'village', parentCode: TOWNSHIP_A, lat: 45.611, lng: 122.831 },
      { code: VILLAGE_A2, name: '光明社区', level: 'village', parentCode: TOWNSHIP_A, lat: 45.615, lng: 122.84 },
      { code: VILLAGE_B1, name: '东风村', level: 'village', parentCode: TOWNSHIP_B, lat: 45.661, lng: 122.951 },
    ],
    posts: [
      post('P001', VILLAGE_A1, TOWNSHIP_A, { lat: 45.611, lng: 122.831 }, 'active'),
      post('P002', VILLAGE_A1, TOWNSHIP_A, { lat: 45.612, lng: 122.835 }, 'active'),
      post('P003', VILLAGE_A2, TOWNSHIP_A, { lat: 45.615, lng: 122.84 }, 'active'),
      post('P004', VILLAGE_A2, TOWNSHIP_A, { lat: 45.616, lng: 122.842 }, 'retired'),
      post('P005', VILLAGE_B1, TOWNSHIP_B, { lat: 45.661, lng: 122.951 }, 'active'),
      post('P006', VILLAGE_B1, TOWNSHIP_B, { lat: 45.663, lng: 122.955 }, 'active'),
    ],
    services: [
      service('J01', 'judicialOffice', { lat: 45.6, lng: 122.8 }, 5),
      service('J02', 'judicialOffice', { lat: 45.7, lng: 122.9 }, 4),
      service('M01', 'mediationRoom', { lat: 45.62, lng: 122.85 }),
      service('A01', 'legalAidCentre', { lat: 45.63, lng: 122.83 }),
      service('H01', 'hotline', null),
      service('N01', 'notary', { lat: 43.88, lng: 125.32 }),
      service('S01', 'legalAidStation', { lat: 45.09, lng: 123.125 }),
      service('S02', 'legalAidStation', { lat: 45.105, lng: 123.0 }),
    ],
    volunteers: [
      volunteer('V1', '张三', true, ['P001', 'P002']),
      volunteer('V2', '李四', false, ['P001']),
      volunteer('V3', '王五', true, ['P001']),
      volunteer('V4', '赵六', false, ['P003']),
      volunteer('V5', '阿强', false, ['P001', 'P005']),
    ],
    users: [
      {
        openid: 'o-admin',
        role: 'admin',
        regionCode: CITY,
        label: '市司法局管理员',
        volunteerId: null,
        serviceId: null,
      },
      {
        openid: 'o-mediator',
        role: 'mediator',
        regionCode: VILLAGE_A1,
        label: '张三',
        volunteerId: 'V1',
        serviceId: 'M01',
      },
      {
        openid: 'o-staff',
        role: 'staff',
        regionCode: TOWNSHIP_A,
        label: '新立司法所',
        volunteerId: null,
        serviceId: 'J01',
      },
    ],
  };
}

/** The point the legal-aid station trap is built around. */
export const TRAP_POINT: GeoPoint = { lat: 45.0, lng: 123.0 };

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator), so failures reproduce. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KINDS: ServicePoint['kind'][] = ['judicialOffice', 'mediationRoom', 'legalAidStation', 'notary'];

/** A generated network of `n` villages, posts, services, volunteers (all serving post G0000) and users. */
export function largeDataset(n: number): Dataset {
  const rnd = lcg(20261128);
  const pad = (i: number) => String(i).padStart(4, '0');
  // Services spread over about 6° × 8° around Baicheng, so many points have nothing within the first boxes.
  const services = Array.from({ length: n }, (_, i) =>
    service(`GS${pad(i)}`, KINDS[i % KINDS.length], { lat: 42 + rnd() * 6, lng: 120 + rnd() * 8 }),
  );
  return {
    regions: Array.from({ length: n }, (_, i) => ({
      code: `220802${String(i).padStart(6, '0')}`,
      name: `村${i}`,
      level: 'village' as const,
      parentCode: null,
      lat: 45 + rnd(),
      lng: 122 + rnd(),
    })),
    posts: Array.from({ length: n }, (_, i) =>
      post(
        `G${pad(i)}`,
        VILLAGE_A1,
        TOWNSHIP_A,
        { lat: 45 + rnd(), lng: 122 + rnd() },
        i % 3 === 0 ? 'retired' : 'active',
      ),
    ),
    services,
    volunteers: Array.from({ length: n }, (_, i) =>
      volunteer(`GV${pad(i)}`, `志愿者${pad(n - i)}`, i % 4 === 0, ['G0000']),
    ),
    users: Array.from({ length: n }, (_, i) => ({
      openid: `o-${pad(i)}`,
      role: 'volunteer' as const,
      regionCode: VILLAGE_A1,
      label: `用户${i}`,
      volunteerId: null,
      serviceId: null,
    })),
  };
}

/** The handling fields (version, answer, rating, reminders) of a request nobody has handled yet. */
export const UNHANDLED = {
  version: 1,
  answeredBy: null,
  firstAnswerAt: null,
  rating: null,
  ratingWord: null,
  remindedAt: null,
  escalatedAt: null,
} as const;

/** An audit entry of a staff member revealing a phone number, as the stores' append-only checks write it. */
export const REVEAL_ENTRY: AuditEntry = {
  at: 1,
  actor: 'o-s',
  actorLabel: '工作人员',
  action: 'reveal.phone',
  requestId: 'r1',
  kind: 'reveal',
  actorRole: 'staff',
  detail: '',
};
