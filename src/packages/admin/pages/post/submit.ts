/** How the post forms send: a server error lands next to its field, or as a toast when it names none. */
import Taro from '@tarojs/taro';
import { CloudError } from '../../../../services/cloud';
import { fieldOfMessage, type PostErrors } from './fieldOfError';

/** Runs `send`; on failure returns the errors to show (what was typed stays, the form is not reset). */
export async function sendForm(send: () => Promise<unknown>): Promise<PostErrors | null> {
  try {
    await send();
    return null;
  } catch (err) {
    const e = err instanceof CloudError ? err : new CloudError('INTERNAL');
    const field = e.code === 'NETWORK' ? '_form' : fieldOfMessage(e.message);
    if (field === '_form') Taro.showToast({ title: e.message, icon: 'none' }).catch(() => undefined);
    return { [field]: e.message };
  }
}
