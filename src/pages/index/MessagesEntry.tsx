/** The home page's way to 消息, with the unread count; a failed count shows no badge, never an error. */
import { Button, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchOutbox } from '../../services/requests/fetchOutbox';
import { useAppStore } from '../../stores';
import { openMessages } from './navigation';
import { STRINGS } from './strings';
import './MessagesEntry.scss';

/** A big button opening 消息 (class `entry-messages`); the badge (class `unread-badge`) only when unread > 0. */
export function MessagesEntry() {
  const [unread, setUnread] = useState(0);
  const who = useAppStore((s) => (s.me ? `${s.me.role}:${s.me.label}` : null));
  const seen = useRef<string | null>(null);

  // Only the newest count draws: after a demo identity switch, the old identity's slower reply is dropped.
  const ticket = useRef(0);
  const refresh = useCallback(() => {
    const mine = ++ticket.current;
    fetchOutbox().then(
      (data) => mine === ticket.current && setUnread(data.unread),
      () => mine === ticket.current && setUnread(0),
    );
  }, []);

  // Every show: coming back from 消息 or a request may have changed the count.
  useDidShow(refresh);
  // A demo identity switch changes whose notices these are.
  useEffect(() => {
    if (who && seen.current && seen.current !== who) refresh();
    if (who) seen.current = who;
  }, [who, refresh]);

  return (
    <Button className="btn btn-secondary entry-messages" onClick={openMessages}>
      <Text className="entry-messages-label">{STRINGS.messages}</Text>
      {unread > 0 ? <Text className="unread-badge">{STRINGS.unreadBadge(unread)}</Text> : null}
    </Button>
  );
}
