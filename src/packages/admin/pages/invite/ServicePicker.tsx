/** 所在单位 of a mediator or staff member: the units of the chosen region as chips; typed only when none is listed. */
import { Text } from '@tarojs/components';
import type { ServicesData } from '~/types/api';
import { Chips, LineInput } from '~/src/components/forms';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchServices } from '~/src/services/admin/fetchServices';
import { STRINGS } from './strings';

/** Which kinds of unit each role works for (the server checks the same). */
export const SERVICE_KINDS = {
  mediator: ['mediationRoom'],
  staff: ['judicialOffice', 'legalAidCentre', 'legalAidStation'],
} as const;

type Services = ServicesData['services'];

/** The units of `regionCode` (null: none needed), all kinds; an empty list also when they cannot be loaded. */
export function useServices(regionCode: string | null): Services | null {
  // One call per region, filtered by role here: switching 调解员 ↔ 工作人员 then asks nothing again.
  const { data, error, loading } = useRemote(
    regionCode ? () => fetchServices({ regionCode }).then((d) => d.services) : null,
    [regionCode],
  );
  if (!regionCode || loading) return null;
  return error ? [] : data;
}

/** The units of `all` that `role` may work for. */
export function servicesFor(all: Services | null, role: keyof typeof SERVICE_KINDS): Services {
  const kinds: readonly string[] = SERVICE_KINDS[role];
  return (all ?? []).filter((s) => kinds.includes(s.kind));
}

/** Props of ServicePicker. */
export interface ServicePickerProps {
  /** The region's units for the role; null while loading. */
  services: Services | null;
  value: string;
  onChange: (serviceId: string) => void;
}

/** The unit chips (class `service-option`), or the typed id (class `input-service`) when the list is empty. */
export function ServicePicker({ services, value, onChange }: ServicePickerProps) {
  if (!services) return <Text className="muted">{STRINGS.servicesLoading}</Text>;
  if (services.length === 0) {
    return (
      <>
        <Text className="muted service-none">{STRINGS.servicesEmpty}</Text>
        <LineInput
          className="input-service"
          value={value}
          max={40}
          placeholder={STRINGS.serviceHint}
          onChange={onChange}
        />
      </>
    );
  }
  return (
    <Chips
      options={services.map((s) => ({ value: s.id, label: s.name }))}
      selected={value}
      chipClass="service-option"
      onSelect={onChange}
    />
  );
}
