/**
 * 开启微信提醒 on the inbox: asks the worker, from their own tap (WeChat shows the dialog only then), to allow the
 * notices of new and overdue requests. The answer is remembered: a refusal hides the banner for good, an
 * acceptance leaves a quiet 续订 (each consent is one message).
 */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { subscribeWork, workTemplateIds } from '~/src/services/work/subscribeWork';
import { useAppStore } from '~/src/stores';
import { STRINGS } from './strings';

/** Nothing on H5, without configured templates, or once the worker said no. */
export function SubscribeBanner() {
  const answer = useAppStore((s) => s.workSubscribe);
  const remember = useAppStore((s) => s.setWorkSubscribe);
  if (workTemplateIds().length === 0 || answer === 'refused') return null;

  const ask = () => {
    // Called before any await: WeChat refuses the dialog outside the tap.
    void subscribeWork().then((outcome) => {
      if (outcome === 'unavailable') {
        Taro.showToast({ title: STRINGS.subscribeFailed, icon: 'none', duration: 2500 }).catch(() => undefined);
      } else remember(outcome);
    });
  };

  if (answer === 'accepted') {
    return (
      <View className="subscribe-banner subscribe-on">
        <Text className="muted subscribe-hint">{STRINGS.subscribedHint}</Text>
        <Button className="btn btn-secondary subscribe-again" onClick={ask}>
          {STRINGS.subscribeAgain}
        </Button>
      </View>
    );
  }
  return (
    <View className="card subscribe-banner">
      <Text className="section-title subscribe-title">{STRINGS.subscribeTitle}</Text>
      <Text className="muted subscribe-hint">{STRINGS.subscribeHint}</Text>
      <Button className="btn btn-primary subscribe-button" onClick={ask}>
        {STRINGS.subscribeButton}
      </Button>
    </View>
  );
}
