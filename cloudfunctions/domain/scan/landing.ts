/** Assembles what a post's landing page shows, apart from the scan itself; cached briefly per post. */
import cityContactsFile from '~/data/city-contacts.json';
import type { Post, ServiceKind, ServicePoint, VolunteerCard } from '~/types/domain';
import type { LandingData, RegionRef, ServiceCard } from '~/types/api';
import { maskPhone } from '../mask';
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

function toVolunteerCard(v: VolunteerRow): VolunteerCard {
  return {
    id: v.id,
    name: v.name,
    isMediator: v.isMediator,
    hours: v.hours,
    phone: v.phonePublic ? v.phone : null,
    phoneMasked: maskPhone(v.phone),
  };
}

const AID_KINDS: ServiceKind[] = ['legalAidStation', 'legalAidCentre'];

async function assemble(store: Store, post: Post): Promise<LandingStatic> {
  const at = { lat: post.lat, lng: post.lng };
  const [regions, volunteers, judicialOffice, mediationRoom, legalAid] = await Promise.all([
    store.regions.byCodes([post.villageCode, post.townshipCode, post.countyCode]),
    store.volunteers.forPost(post.id, LANDING_VOLUNTEERS),
    store.services.nearest(['judicialOffice'], at),
    store.services.nearest(['mediationRoom'], at),
    store.services.nearest(AID_KINDS, at),
  ]);
  const ref = (code: string): RegionRef => ({ code, name: regions.find((r) => r.code === code)?.name ?? '' });
  return {
    post: { id: post.id, name: post.name, address: post.address, lat: post.lat, lng: post.lng, radiusM: post.radiusM },
    village: ref(post.villageCode),
    township: ref(post.townshipCode),
    county: ref(post.countyCode),
    volunteers: volunteers.map(toVolunteerCard),
    nearby: {
      judicialOffice: nearCard(judicialOffice),
      mediationRoom: nearCard(mediationRoom),
      legalAid: nearCard(legalAid),
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
