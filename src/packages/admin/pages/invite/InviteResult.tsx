/**
 * A new invite: the code big, its expiry, and three ways to pass it on: 转发给对方 (a WeChat share card opening the
 * accept page with the code; the page's useShareAppMessage builds it), 小程序码 (an image to show or save: the
 * invitee scans it), and 复制邀请码 (to type).
 */
import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { InviteData } from '~/types/api';
import { ButtonList } from '~/src/components/ButtonList';
import { fetchInviteCode } from '~/src/services/admin/fetchInviteCode';
import { IS_WEAPP } from '~/src/services/platform';
import { copyText } from '../../shared/feedback';
import { formatCst } from './format';
import { STRINGS } from './strings';

/** The invite's code image: loading, shown, or a note that the code can still be typed. */
function CodeImage({ code }: { code: string }) {
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    fetchInviteCode(code).then(
      (res) => live && (res.imageUrl ? setUrl(res.imageUrl) : setFailed(true)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [code]);
  if (failed) return <Text className="muted invite-qr-failed">{STRINGS.qrFailed}</Text>;
  if (!url) return <Text className="muted invite-qr-loading">{STRINGS.qrLoading}</Text>;
  // previewImage gives WeChat's own menu: save to the album, send to a chat, or scan.
  const preview = () => void Taro.previewImage({ urls: [url], current: url }).catch(() => undefined);
  return (
    <View className="invite-qr">
      <Image className="invite-qr-image" src={url} mode="aspectFit" showMenuByLongpress onClick={preview} />
      <Text className="muted invite-qr-hint">{IS_WEAPP ? STRINGS.qrHintWeapp : STRINGS.qrHint}</Text>
    </View>
  );
}

/** The result card (class `invite-result`). */
export function InviteResult({ invite, onAnother }: { invite: InviteData; onAnother: () => void }) {
  return (
    <View className="card invite-result">
      <Text className="section-title">{STRINGS.created}</Text>
      <Text className="muted">{STRINGS.code}</Text>
      <Text className="invite-code">{invite.code}</Text>
      <Text className="invite-expires">{STRINGS.expires(formatCst(invite.expiresAt))}</Text>
      {IS_WEAPP ? (
        <Button className="btn btn-primary invite-share" openType="share">
          {STRINGS.share}
        </Button>
      ) : null}
      <Text className="muted">{STRINGS.qr}</Text>
      <CodeImage code={invite.code} />
      <ButtonList
        items={[
          { className: 'invite-copy', label: STRINGS.copy, onClick: () => copyText(invite.code, STRINGS.copied) },
          { className: 'invite-another', label: STRINGS.another, onClick: onAnother },
        ]}
      />
    </View>
  );
}
