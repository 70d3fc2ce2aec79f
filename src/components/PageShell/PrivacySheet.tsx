/** The consent sheet (隐私授权): shown before location is asked for, answered with 同意 or 拒绝. */
import { Button, Text, View } from '@tarojs/components';
import { IS_WEAPP } from '../../services/platform';
import { useAppStore } from '../../stores';
import { AGREE_BUTTON_ID, answerPrivacy, usePrivacySheet } from './privacy';
import { PRIVACY_PAGE_URL, SHELL_STRINGS } from './strings';
import { openPage } from '~/src/services/navigation';

/**
 * Renders nothing until a privacy API needs consent; then only on the page that asked (hidden with it while another
 * page is in front), or on the page in front when none had asked.
 */
export function PrivacySheet({ host }: { host: number }) {
  const open = usePrivacySheet(
    (s) => s.open && (s.asker === null ? s.host === host || s.host === null : s.asker === host),
  );
  const elder = useAppStore((s) => s.elder);
  if (!open) return null;
  return (
    <View className="privacy-mask">
      <View className="privacy-sheet">
        <Text className="privacy-title">{SHELL_STRINGS.privacyTitle}</Text>
        <Text className="privacy-body">{elder ? SHELL_STRINGS.privacyBodyShort : SHELL_STRINGS.privacyBody}</Text>
        <Text className="privacy-notice-link" onClick={() => void openPage(PRIVACY_PAGE_URL)}>
          {SHELL_STRINGS.privacyLink}
        </Text>
        <View className="privacy-actions">
          <Button className="btn btn-secondary privacy-refuse" onClick={() => answerPrivacy(false)}>
            {SHELL_STRINGS.refuse}
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="btn btn-primary privacy-agree"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() => answerPrivacy(true)}
            // On weapp the agreement must come from WeChat's own button event; elsewhere a plain tap is the answer.
            onClick={() => (IS_WEAPP ? undefined : answerPrivacy(true))}
          >
            {SHELL_STRINGS.agree}
          </Button>
        </View>
      </View>
    </View>
  );
}
