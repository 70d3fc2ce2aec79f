/** 消息: the caller's notices, newest first; tapping one marks it read and opens its request. */
import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { usePullToRefresh } from '~/src/hooks/useRefresh';
import type { Notice } from '~/types/api';
import { openPage } from '~/src/services/navigation';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { ResidentPage } from '../../shared/ResidentPage';
import { ListState } from '~/src/components/StateView';
import { CloudError } from '~/src/services/cloud';
import { NoticeItem, noticeUrl } from './NoticeItem';
import { STRINGS } from './strings';
import { useOutbox } from './useOutbox';
import './index.scss';

function toast(title: string) {
  Taro.showToast({ title, icon: 'none', duration: 2000 }).catch(() => undefined);
}

/** The page. */
export default function OutboxPage() {
  const { notices, unread, error, reload, markRead, markAllRead } = useOutbox();

  // Every show (the first one too) loads again: coming back from a request may have changed what is unread.
  useDidShow(() => void reload());
  usePullToRefresh(reload);

  const tap = (notice: Notice) => {
    if (!notice.read) markRead(notice.id);
    const url = noticeUrl(notice);
    if (url) void openPage(url);
  };

  const readAll = async () => {
    try {
      await markAllRead();
      toast(STRINGS.allRead);
    } catch (err) {
      toast(err instanceof CloudError && err.code !== 'INTERNAL' ? err.message : STRINGS.failed);
    }
  };

  return (
    <ResidentPage className="outbox-page">
      <ListState items={notices} error={error} onRetry={() => void reload()} text={STRINGS}>
        {(shown) => (
          <>
            <View className="outbox-bar">
              <Text className="outbox-unread">{unread > 0 ? STRINGS.unreadCount(unread) : STRINGS.allRead}</Text>
              {unread > 0 ? (
                <Button className="btn btn-secondary read-all" onClick={() => void readAll()}>
                  {STRINGS.readAll}
                </Button>
              ) : null}
            </View>
            <View className="message-list">
              {shown.map((n) => (
                <NoticeItem key={n.id} notice={n} onTap={tap} />
              ))}
            </View>
          </>
        )}
      </ListState>
    </ResidentPage>
  );
}
