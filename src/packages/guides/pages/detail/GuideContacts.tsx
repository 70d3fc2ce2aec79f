/** Whom to call about a guide: the post's own people and offices when we know the post, else 12348. */
import { Text, View } from '@tarojs/components';
import type { LandingData, ServiceCard as ServiceCardData } from '~/types/api';
import { CallButton } from '~/src/components/CallButton';
import { ServiceCard } from '~/src/components/ServiceCard';
import { cityContacts } from '~/src/services/post/cityContacts';
import { CONTACT_KINDS, type ContactKind, type Guide } from '~/src/services/guides/types';
import { STRINGS } from '../../strings';

function hotlineOf(landing: LandingData | null): ServiceCardData | null {
  const fromPost = landing?.cityContacts.find((c) => c.kind === 'hotline');
  return fromPost ?? cityContacts().find((c) => c.kind === 'hotline') ?? null;
}

function KindCards({ kind, landing }: { kind: ContactKind; landing: LandingData }) {
  if (kind === 'volunteer') {
    return (
      <>
        {landing.volunteers
          .filter((v) => v.phone)
          .map((v) => (
            <View key={v.id} className="card guide-volunteer">
              <Text className="service-kind">{STRINGS.volunteer}</Text>
              <Text className="guide-volunteer-name">{v.name}</Text>
              <CallButton phone={v.phone ?? ''} label={STRINGS.callVolunteer(v.name)} />
            </View>
          ))}
      </>
    );
  }
  if (kind === 'hotline') return null;
  const card = landing.nearby[kind];
  return card ? <ServiceCard service={card} kindLabel={STRINGS[kind]} /> : null;
}

/** The contact cards of `guide`, from `landing` when the reader came from a post. */
export function GuideContacts({ guide, landing }: { guide: Guide; landing: LandingData | null }) {
  const hotline = hotlineOf(landing);
  const kinds = CONTACT_KINDS.filter((k) => guide.contacts.includes(k));
  return (
    <View className="guide-contacts">
      {landing ? <Text className="muted guide-from-post">{STRINGS.fromPost(landing.post.name)}</Text> : null}
      {landing ? kinds.map((k) => <KindCards key={k} kind={k} landing={landing} />) : null}
      {/* 12348 always answers, post or no post. */}
      {hotline ? <ServiceCard service={hotline} /> : null}
      {guide.otherContacts.length > 0 ? (
        <Text className="muted guide-other-contacts">{STRINGS.alsoContact + guide.otherContacts.join('、')}</Text>
      ) : null}
    </View>
  );
}
