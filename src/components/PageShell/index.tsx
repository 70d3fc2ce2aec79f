/** The root of every page: the elder-mode class, the one-tap 长辈模式 toggle, the page, the consent sheet. */
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useEffect, useRef, type ReactNode } from 'react';
import { useAppStore } from '../../stores';
import { ElderToggle } from '../ElderToggle';
import { leavePrivacy, usePrivacySheet } from './privacy';
import { PrivacySheet } from './PrivacySheet';
import './index.scss';

/** Props of PageShell. */
export interface PageShellProps {
  /** The page's own root class, e.g. `post-page`. */
  className?: string;
  children?: ReactNode;
}

let shells = 0;

/** Wraps a page; in elder mode its root carries `elder`, which every elder-mode style keys on. */
export function PageShell({ className, children }: PageShellProps) {
  const elder = useAppStore((s) => s.elder);
  const id = useRef(0);
  id.current ||= ++shells;
  // The page in front (the newest on mount, and whichever shows again after a back) is the one a question is asked
  // on; that page draws the sheet (PrivacySheet).
  useDidShow(() => usePrivacySheet.setState({ host: id.current }));
  useEffect(() => {
    const mine = id.current;
    usePrivacySheet.setState({ host: mine });
    return () => {
      leavePrivacy(mine);
      if (usePrivacySheet.getState().host === mine) usePrivacySheet.setState({ host: null });
    };
  }, []);
  const classes = ['page', 'page-shell', className, elder ? 'elder' : null].filter(Boolean).join(' ');
  return (
    <View className={classes}>
      <View className="elder-bar">
        <ElderToggle />
      </View>
      {children}
      <PrivacySheet host={id.current} />
    </View>
  );
}

/** True in elder mode: pages with a short form of their text pick it with this. */
export function useElder(): boolean {
  return useAppStore((s) => s.elder);
}
