/** Assembles what a post's landing page shows, apart from the scan itself; cached briefly per post. */
import cityContactsFile from '~/data/city-contacts.json';
import type { GeoPoint, Post, ServiceKind, ServicePoint, VolunteerCard } from '~/types/domain';
import type { LandingData, RegionRef, ServiceCard } from '~/types/api';
import { distanceM } from '../../geo/distance';
import { localOf, servingPoints } from '../requests/routing';
import { handOverOffice } from '../work/handover-region';
import { trimOldest } from '../../memory/bounded-map';
import type { NearestService, Store, VolunteerRow } from '../../store/port';

/** How many volunteers a landing page lists (keeps the reply well under 8 KB). */
export const LANDING_VOLUNTEERS = 8;
const TTL_MS = 60_000;
/** Landing pages held at most (the bench spreads its scans over no more posts than this). */
export const LANDING_CACHE_ENTRIES = 2000;

/** The landing page without the per-scan part. */
export type LandingStatic = Omit<LandingData, 'scan'>;

const cityContacts: ServiceCard[] = (cityContactsFile.contacts as ServicePoint[]).map((s) => toCard(s, null));

function toCard(s: ServicePoint, distanceM: number | null): ServiceCard {
  const { id, kind, name, address, phone, hours, stars, lat, lng } = s;
  return { id, kind, name, address, phone, hours, stars, distanceM, lat, lng };
}

function nearCard(n: NearestService | null): ServiceCard | null {
  return n ? toCard(n.service, Math.round(n.distanceM)) : null;
}

/** The card of `s` with its distance from the post, when both are located. */
function cardFrom(s: ServicePoint | null, at: GeoPoint): ServiceCard | null {
  if (!s) return null;
  const m = s.lat === null || s.lng === null ? null : Math.round(distanceM(at, { lat: s.lat, lng: s.lng }));
  return toCard(s, m);
}

function toVolunteerCard(v: VolunteerRow): VolunteerCard {
  return {
    id: v.id,
    name: v.name,
    isMediator: v.isMediator,
    hours: v.hours,
    phone: v.phonePublic ? v.phone : null,
  };
}

const AID_KINDS: readonly ServiceKind[] = ['legalAidStation', 'legalAidCentre'];

/**
 * The page's offices are the ones that will handle the resident's requests, as routing picks them
 * (requests/routing.ts): the 司法所 of the post's own township (it takes the questions handed over, and the
 * timer's overdue ones), and the legal-aid office serving everyone's applications (channel `aid`: the county's
 * 法律援助中心). The nearest by distance was a neighbouring township's office, or a station serving one group only
 * (a 妇女法律援助工作站 shown to every resident as the legal-aid office). The mediation room stays the nearest: a
 * request goes to the nearest room within 5 km.
 */
async function assemble(store: Store, post: Post): Promise<LandingStatic> {
  const at = { lat: post.lat, lng: post.lng };
  const [regions, volunteers, handOverPoints, mediationRoom, aidPoints] = await Promise.all([
    store.regions.byCodes([post.villageCode, post.townshipCode, post.countyCode]),
    store.volunteers.forPost(post.id, LANDING_VOLUNTEERS),
    servingPoints(store, 'handover'),
    store.services.nearest(['mediationRoom'], at),
    servingPoints(store, 'aid'),
  ]);
  // The office the timer hands this post's overdue questions to (work/handover-region.ts).
  const judicialOffice = handOverOffice(handOverPoints, post);
  const legalAid = localOf(
    aidPoints.filter((s) => AID_KINDS.includes(s.kind)),
    post,
  );
  const ref = (code: string): RegionRef => ({ code, name: regions.find((r) => r.code === code)?.name ?? '' });
  return {
    post: { id: post.id, name: post.name, address: post.address, lat: post.lat, lng: post.lng, radiusM: post.radiusM },
    village: ref(post.villageCode),
    township: ref(post.townshipCode),
    county: ref(post.countyCode),
    volunteers: volunteers.map(toVolunteerCard),
    nearby: {
      judicialOffice: cardFrom(judicialOffice, at),
      mediationRoom: nearCard(mediationRoom),
      legalAid: cardFrom(legalAid, at),
    },
    cityContacts,
  };
}

/**
 * A small TTL cache of assembled landing pages. A plate is scanned in bursts (a village meeting, a market day);
 * the post, its volunteers and the nearest offices change rarely, and a minute of staleness is harmless.
 */
export class LandingCache {
  private readonly entries = new Map<string, { at: number; value: LandingStatic; head?: Buffer }>();
  constructor(private readonly ttlMs = TTL_MS) {}

  /** The landing page of `post`, assembled at most once per TTL. */
  async get(store: Store, post: Post, now: number): Promise<LandingStatic> {
    const hit = this.entries.get(post.id);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = await assemble(store, post);
    this.entries.set(post.id, { at: now, value });
    trimOldest(this.entries, LANDING_CACHE_ENTRIES);
    return value;
  }

  /**
   * The JSON text of `page` (as JSON.stringify writes it) in UTF-8 without its closing brace, made once per cached
   * page and the same Buffer every time: every scan of a plate answers the same page, and serialising, encoding
   * and copying it was a good part of a scan's work on the local server. A scan's reply appends its own part and
   * the brace. Undefined for a page this cache no longer holds.
   */
  head(page: LandingStatic): Buffer | undefined {
    const hit = this.entries.get(page.post.id);
    if (!hit || hit.value !== page) return undefined;
    hit.head ??= Buffer.from(JSON.stringify(page).slice(0, -1));
    return hit.head;
  }

  /** Forgets everything (tests; after an admin edits posts or people). */
  clear(): void {
    this.entries.clear();
  }
}

/** City-wide contacts (12348, city legal-aid centre, notary, arbitration), for pages without a post. */
export function cityContactCards(): ServiceCard[] {
  return cityContacts;
}
