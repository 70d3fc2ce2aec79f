/** A service point (judicial office, mediation room, legal aid, hotline…) with its call button. */
import { Text, View } from '@tarojs/components';
import type { ServiceCard as ServiceCardData } from '~/types/api';
import { CallButton } from '../CallButton';
import { COMPONENT_STRINGS } from '../strings';
import { ContactActions } from './ContactActions';
import './index.scss';

/** Props of ServiceCard. */
export interface ServiceCardProps {
  service: ServiceCardData;
  /** What the point is, e.g. 司法所, shown above its name. */
  kindLabel?: string;
}

/** One service point as a card. */
export function ServiceCard({ service, kindLabel }: ServiceCardProps) {
  const { name, address, hours, phone, stars, distanceM } = service;
  return (
    <View className="card service-card">
      {kindLabel ? <Text className="service-kind">{kindLabel}</Text> : null}
      <View className="service-head">
        <Text className="service-name">{name}</Text>
        {distanceM !== null ? <Text className="service-distance">{COMPONENT_STRINGS.distance(distanceM)}</Text> : null}
      </View>
      {stars ? (
        <View className="service-stars">
          <Text className="stars">{'★'.repeat(stars)}</Text>
          <Text className="muted">{COMPONENT_STRINGS.stars(stars)}</Text>
        </View>
      ) : null}
      {address ? <Text className="muted service-line">{address}</Text> : null}
      {hours ? <Text className="muted service-line">{COMPONENT_STRINGS.hours + hours}</Text> : null}
      <CallButton phone={phone} showNumber />
      <ContactActions service={service} />
    </View>
  );
}
