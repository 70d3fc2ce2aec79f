/** A big "call" button: one tap opens the phone dialer with the number. */
import { Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { COMPONENT_STRINGS } from '../strings';
import './index.scss';

/** Props of CallButton. */
export interface CallButtonProps {
  phone: string;
  label?: string;
}

/** Calls `phone` through the system dialer. */
export function CallButton({ phone, label = COMPONENT_STRINGS.call }: CallButtonProps) {
  const call = () => {
    // Rejected when the user cancels the dialer: nothing to tell them.
    Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
  };
  return (
    <Button className="btn btn-primary call-button" onClick={call}>
      {label}
    </Button>
  );
}
