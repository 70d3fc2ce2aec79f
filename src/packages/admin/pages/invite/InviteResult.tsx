/** A new invite: the code big, its expiry, the page it opens, and 复制邀请码. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { InviteData } from '../../../../../types/api';
import { formatCst } from './format';
import { STRINGS } from './strings';

/** The result card (class `invite-result`). */
export function InviteResult({ invite, onAnother }: { invite: InviteData; onAnother: () => void }) {
  const copy = () => {
    Taro.setClipboardData({ data: invite.code }).then(
      () => Taro.showToast({ title: STRINGS.copied, icon: 'none' }).catch(() => undefined),
      () => undefined,
    );
  };
  return (
    <View className="card invite-result">
      <Text className="section-title">{STRINGS.created}</Text>
      <Text className="muted">{STRINGS.code}</Text>
      <Text className="invite-code">{invite.code}</Text>
      <Text className="invite-expires">{STRINGS.expires(formatCst(invite.expiresAt))}</Text>
      <Text className="muted">{STRINGS.path}</Text>
      <Text className="invite-path">{invite.path}</Text>
      <Button className="btn btn-primary invite-copy" onClick={copy}>
        {STRINGS.copy}
      </Button>
      <Button className="btn btn-secondary invite-another" onClick={onAnother}>
        {STRINGS.another}
      </Button>
    </View>
  );
}
