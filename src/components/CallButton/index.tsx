/** A big "call" button: one tap opens the phone dialer with the number. */
import { Button, Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { COMPONENT_STRINGS } from '../strings';
import './index.scss';

/** Props of CallButton. */
export interface CallButtonProps {
  phone: string;
  label?: string;
  /** Shows the number after the label (拨打电话 0436-3758028). */
  showNumber?: boolean;
}

/**
 * Calls `phone` through the system dialer. A number shown is one unbreakable piece: on a narrow phone in 长辈模式
 * it goes to a line of its own, never split at its hyphen (0436- / 3758028).
 */
export function CallButton({ phone, label = COMPONENT_STRINGS.call, showNumber = false }: CallButtonProps) {
  const call = () => {
    // Rejected when the user cancels the dialer: nothing to tell them.
    Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
  };
  return (
    <Button className="btn btn-primary call-button" onClick={call}>
      {showNumber ? (
        <>
          <Text className="call-label">{label}</Text> <Text className="call-number">{phone}</Text>
        </>
      ) : (
        label
      )}
    </Button>
  );
}
