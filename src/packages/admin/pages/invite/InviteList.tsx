/** The unused invites of the admin's scope, newest first. */
import { Button, Text, View } from '@tarojs/components';
import type { InviteSummary } from '~/types/api';
import { formatCst } from './format';
import { STRINGS } from './strings';

/** Props of InviteList. */
export interface InviteListProps {
  invites: InviteSummary[] | null;
  failed: boolean;
  /** Shows an invite again (its share card and mini-program code), e.g. after the admin left the page. */
  onShow?: (invite: InviteSummary) => void;
}

/** The list (class `invite-item` per invite). */
export function InviteList({ invites, failed, onShow }: InviteListProps) {
  const unused = (invites ?? []).filter((i) => i.usedAt === null);
  return (
    <View className="card invite-list">
      <Text className="section-title">{STRINGS.list}</Text>
      {failed ? <Text className="muted">{STRINGS.listFailed}</Text> : null}
      {invites && unused.length === 0 ? <Text className="muted invite-list-empty">{STRINGS.listEmpty}</Text> : null}
      {unused.map((i) => (
        <View key={i.code} className="invite-item">
          <Text className="invite-item-who">{STRINGS.listItem(i.name, STRINGS.roles[i.role], i.regionName)}</Text>
          <Text className="invite-item-code">{i.code}</Text>
          <Text className="muted invite-item-expires">{STRINGS.expires(formatCst(i.expiresAt))}</Text>
          {onShow ? (
            <Button className="btn btn-secondary invite-item-show" onClick={() => onShow(i)}>
              {STRINGS.showAgain}
            </Button>
          ) : null}
        </View>
      ))}
    </View>
  );
}
