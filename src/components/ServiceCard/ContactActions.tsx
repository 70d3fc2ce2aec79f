/** Copy the number and navigate there: for when the resident wants to call later or go in person. */
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ServiceCard as ServiceCardData } from '~/types/api';
import { openMap } from '../../services/geo/openMap';
import { COMPONENT_STRINGS } from '../strings';

/** The secondary actions of a service card: 复制号码, and 导航 when the place has a position. */
export function ContactActions({ service }: { service: ServiceCardData }) {
  const { phone, name, address, lat, lng } = service;
  const copy = () => {
    Taro.setClipboardData({ data: phone })
      .then(() => Taro.showToast({ title: COMPONENT_STRINGS.copied, icon: 'none' }))
      .catch(() => undefined);
  };
  const navigate = () => {
    if (lat === null || lng === null) return;
    openMap({ lat, lng, name, address: address ?? '' });
  };
  return (
    <View className="contact-actions">
      <Button className="btn btn-secondary copy-button" onClick={copy}>
        {COMPONENT_STRINGS.copy}
      </Button>
      {lat !== null && lng !== null ? (
        <Button className="btn btn-secondary navigate-button" onClick={navigate}>
          {COMPONENT_STRINGS.navigate}
        </Button>
      ) : null}
    </View>
  );
}
