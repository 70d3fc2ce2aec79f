/** One notice in 消息: title, body, time; unread ones carry a red mark. */
import { Text, View } from '@tarojs/components';
import type { Notice } from '~/types/api';
import { formatTime } from '../../shared/format';
import { STRINGS } from './strings';

/** Where tapping a notice goes: the resident's own detail page or the worker's, or nowhere. */
export function noticeUrl(notice: Notice): string | null {
  if (!notice.requestId || !notice.target) return null;
  const id = encodeURIComponent(notice.requestId);
  return notice.target === 'work'
    ? `/packages/work/pages/case/index?id=${id}`
    : `/packages/resident/pages/request/index?id=${id}`;
}

/** A tappable card (class `message-item`, plus `message-unread` while unread). */
export function NoticeItem({ notice, onTap }: { notice: Notice; onTap: (notice: Notice) => void }) {
  return (
    <View className={`card message-item${notice.read ? '' : ' message-unread'}`} onClick={() => onTap(notice)}>
      <View className="message-head">
        {notice.read ? null : <Text className="message-dot">{STRINGS.unread}</Text>}
        <Text className="message-title">{notice.title}</Text>
      </View>
      {notice.body ? <Text className="message-body">{notice.body}</Text> : null}
      <Text className="muted message-time">{formatTime(notice.at)}</Text>
    </View>
  );
}
