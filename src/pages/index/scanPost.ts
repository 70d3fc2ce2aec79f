/** The 扫一扫 flow: read a code, accept only our plates, open the post. */
import Taro from '@tarojs/taro';
import { postIdFromScanResult } from '~/types/plate-code';
import { IS_H5 } from '../../services/platform';
import { plateLinkHosts } from '../post/params';
import { openPost } from './navigation';
import { STRINGS } from './strings';

function toast(title: string): void {
  Taro.showToast({ title, icon: 'none', duration: 2000 }).catch(() => undefined);
}

/**
 * Whether this app can scan: the mini-program opens WeChat's scanner; on H5 Taro's scanCode needs the WeChat
 * JS-SDK (`wx.scanQRCode`, a signed official-account page), which this site does not have, so the button is not
 * shown at all and the page says how to scan instead.
 */
export function canScan(): boolean {
  return !IS_H5;
}

/** Scans a code; our code opens its landing page, anything else says so. */
export async function scanPost(): Promise<void> {
  let res: { result?: string; path?: string; scanType?: string };
  try {
    res = await Taro.scanCode({ onlyFromCamera: false });
  } catch (err) {
    const msg = (err as { errMsg?: string } | null)?.errMsg ?? '';
    // Cancelling the scanner is not an error; a browser without a scanner is.
    if (!msg.includes('cancel')) toast(STRINGS.scanUnavailable);
    return;
  }
  // A mini-program code gives its page `path` (scanType WX_CODE); a plain QR code its text in `result`.
  const postId = postIdFromScanResult(res, plateLinkHosts());
  if (postId) openPost(postId, 'qr');
  else toast(STRINGS.notOurCode);
}
