/** Nearby service points and the city-wide contacts, hotline first. */
import { Text, View } from '@tarojs/components';
import type { LandingData, ServiceCard as ServiceCardData } from '~/types/api';
import { ServiceCard } from '../../components/ServiceCard';
import { STRINGS } from './strings';

/** City contacts in display order: 12348 before the rest. */
export function hotlineFirst(cards: ServiceCardData[]): ServiceCardData[] {
  return [...cards].sort((a, b) => Number(b.kind === 'hotline') - Number(a.kind === 'hotline'));
}

/** Judicial office (with its stars), mediation room and legal aid near the post. */
export function NearbyServices({ nearby }: { nearby: LandingData['nearby'] }) {
  const items: [string, ServiceCardData | null][] = [
    [STRINGS.judicialOffice, nearby.judicialOffice],
    [STRINGS.mediationRoom, nearby.mediationRoom],
    [STRINGS.legalAid, nearby.legalAid],
  ];
  const shown = items.filter((item): item is [string, ServiceCardData] => item[1] !== null);
  if (shown.length === 0) return null;
  return (
    <View className="nearby">
      <Text className="section-title">{STRINGS.nearby}</Text>
      {shown.map(([label, card]) => (
        <ServiceCard key={card.id} service={card} kindLabel={label} />
      ))}
    </View>
  );
}

/** The city-wide numbers anyone can call. */
export function CityContacts({ contacts }: { contacts: ServiceCardData[] }) {
  return (
    <View className="city-contacts">
      <Text className="section-title">{STRINGS.cityContacts}</Text>
      {hotlineFirst(contacts).map((card) => (
        <ServiceCard key={card.id} service={card} />
      ))}
    </View>
  );
}
