/** City-wide contacts bundled with the app, so the "unknown post" page works offline. */
import type { ServiceCard } from '~/types/api';
import type { ServicePoint } from '~/types/domain';
import contacts from '~/data/city-contacts.json';

/** The city contacts as landing-page cards, 12348 first. */
export function cityContacts(): ServiceCard[] {
  const points = contacts.contacts as ServicePoint[];
  return points
    .map((p) => ({
      id: p.id,
      kind: p.kind,
      name: p.name,
      address: p.address,
      phone: p.phone,
      hours: p.hours,
      stars: p.stars,
      distanceM: null,
      lat: p.lat,
      lng: p.lng,
    }))
    .sort((a, b) => Number(b.kind === 'hotline') - Number(a.kind === 'hotline'));
}
