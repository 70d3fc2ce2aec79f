/**
 * Saving 我的数据 on WeChat: the function stores the file in cloud storage under the resident's own folder (as admin
 * exports are); it is downloaded into the user data folder and forwarded to a chat (e.g. 文件传输助手) —
 * openDocument opens no JSON. shareFileMessage needs a fresh tap, so a dialog asks first.
 */
import Taro from '@tarojs/taro';
import type { MyDataReply } from '~/types/api/myData';
import { shareAdminFile } from '../admin/adminFile.weapp';
import { MY_DATA_STRINGS } from './myDataStrings';

/** WeChat asks for a stored file: no file travels inside callFunction's reply. */
export const MY_DATA_DELIVERY = 'file';

/** Offers to forward the stored file; closing the dialog keeps nothing on the phone. */
export async function saveMyData(data: MyDataReply): Promise<void> {
  if (!data.file) throw new Error(MY_DATA_STRINGS.noFile);
  const { confirm } = await Taro.showModal({
    title: MY_DATA_STRINGS.readyTitle,
    content: MY_DATA_STRINGS.readyHint,
    confirmText: MY_DATA_STRINGS.share,
    cancelText: MY_DATA_STRINGS.later,
  });
  if (confirm) await shareAdminFile(data.file);
}
