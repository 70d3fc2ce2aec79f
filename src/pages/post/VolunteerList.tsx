/**
 * The people who serve the post: legal-literate volunteers (法律明白人) and mediators (调解员, with a badge), each with
 * a call button when they published a phone.
 */
import { Text, View } from '@tarojs/components';
import type { VolunteerCard } from '~/types/domain';
import { CallButton } from '../../components/CallButton';
import { StateView } from '../../components/StateView';
import { STRINGS } from './strings';

/** Volunteer cards, or whom to call instead when there are none yet. */
export function VolunteerList({ volunteers }: { volunteers: VolunteerCard[] }) {
  if (volunteers.length === 0) {
    return (
      <View className="card">
        <StateView kind="empty" title={STRINGS.noVolunteers} hint={STRINGS.noVolunteersHint} />
      </View>
    );
  }
  return (
    <View className="volunteer-list">
      {volunteers.map((v) => (
        <View key={v.id} className="card volunteer">
          <View className="volunteer-head">
            <Text className="volunteer-name">{v.name}</Text>
            {v.isMediator ? <Text className="badge">{STRINGS.mediator}</Text> : null}
          </View>
          {v.hours ? <Text className="muted volunteer-hours">{STRINGS.hours + v.hours}</Text> : null}
          {v.phone ? (
            <CallButton phone={v.phone} />
          ) : (
            // No masked number here: 138****1234 looks dialable and is not. Say where to call instead.
            <View className="volunteer-no-phone">
              <Text className="volunteer-hint">{STRINGS.phoneHidden}</Text>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}
