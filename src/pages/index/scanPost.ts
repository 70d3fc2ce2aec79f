/** The 扫一扫 flow: read a code, accept only our plates, open the post. */
import Taro from '@tarojs/taro';
import { postIdFromCode } from '../../../types/ids';
import { openPost } from './navigation';
import { STRINGS } from './strings';

function toast(title: string): void {
  Taro.showToast({ title, icon: 'none', duration: 2000 }).catch(() => undefined);
}

/** Scans a code; our code opens its landing page, anything else says so. */
export async function scanPost(): Promise<void> {
  let text: string;
  try {
    const res = await Taro.scanCode({ onlyFromCamera: false });
    text = res.result || res.path || '';
  } catch (err) {
    const msg = (err as { errMsg?: string } | null)?.errMsg ?? '';
    // Cancelling the scanner is not an error; a browser without a scanner is.
    if (!msg.includes('cancel')) toast(STRINGS.scanUnavailable);
    return;
  }
  const postId = postIdFromCode(text);
  if (postId) openPost(postId, 'qr');
  else toast(STRINGS.notOurCode);
}
