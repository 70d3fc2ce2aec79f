/** The one-tap 长辈模式 / 标准模式 switch shown at the top of every page. */
import { Button } from '@tarojs/components';
import { useAppStore } from '../../stores';
import { ELDER_STRINGS } from './strings';
import './index.scss';

/** A big toggle; its label names the mode a tap switches to. */
export function ElderToggle() {
  const elder = useAppStore((s) => s.elder);
  const toggleElder = useAppStore((s) => s.toggleElder);
  return (
    <Button className={`btn elder-toggle${elder ? ' elder-toggle-on' : ''}`} onClick={toggleElder}>
      {elder ? ELDER_STRINGS.toStandard : ELDER_STRINGS.toElder}
    </Button>
  );
}
