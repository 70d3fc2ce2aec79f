/**
 * Service channels (服务渠道): which requests a service point (服务点) receives. Routing picks service points by
 * channel, never by matching their names, so an admin who adds a women's legal-aid station in the app names the
 * channel it serves and requests reach it.
 */
import type { AidChannel } from './requests';
import type { ServiceKind } from './domain';

/** Every channel with the Chinese label admins see. */
export const SERVICE_CHANNELS = {
  mediation: '受理调解申请',
  handover: '接收咨询转交',
  aid: '受理法律援助申请',
  aidWomen: '法律援助 · 妇女通道',
  aidMilitary: '法律援助 · 军人军属通道',
  aidStudent: '法律援助 · 在校学生通道',
  aidMigrant: '法律援助 · 农民工通道',
} as const;
/** A channel a service point serves. */
export type ServiceChannel = keyof typeof SERVICE_CHANNELS;
/** The channels in display order (pickers, validation). */
export const SERVICE_CHANNEL_KEYS = Object.keys(SERVICE_CHANNELS) as ServiceChannel[];

/** The channel of a special legal-aid channel (特殊通道) chosen by the applicant; null for none. */
export function aidServiceChannel(channel: AidChannel): ServiceChannel | null {
  const map: Record<AidChannel, ServiceChannel | null> = {
    none: null,
    women: 'aidWomen',
    military: 'aidMilitary',
    student: 'aidStudent',
    migrant: 'aidMigrant',
  };
  return map[channel];
}

/** Kinds of service point admins create in the app (the 12348 hotline is city data, not created here). */
export const EDITABLE_SERVICE_KINDS = {
  judicialOffice: '司法所',
  mediationRoom: '调解室',
  legalAidCentre: '法律援助中心',
  legalAidStation: '法律援助工作站',
  notary: '公证处',
  arbitration: '仲裁委员会',
} as const satisfies Partial<Record<ServiceKind, string>>;
/** A kind admins may create. */
export type EditableServiceKind = keyof typeof EDITABLE_SERVICE_KINDS;

/** What a new service point of a kind serves unless the admin says otherwise (also the data migration's rule). */
export const DEFAULT_CHANNELS: Record<ServiceKind, readonly ServiceChannel[]> = {
  judicialOffice: ['mediation', 'handover'],
  mediationRoom: ['mediation'],
  legalAidCentre: ['aid', 'handover'],
  legalAidStation: [],
  notary: [],
  arbitration: [],
  hotline: [],
};
