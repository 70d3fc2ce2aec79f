/**
 * Choosing the import file on WeChat: a file from a chat (chooseMessageFile), kept as its temp path; the page gets
 * its name and size first and uploads it only if it fits, never reading it into memory.
 */
import Taro from '@tarojs/taro';
import type { PickedFile } from './picked';

/** Lets the admin choose one CSV file; null when they cancel. */
export async function pickCsvFile(): Promise<PickedFile | null> {
  const res = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv'] }).catch(() => null);
  const file = res?.tempFiles[0];
  return file ? { name: file.name, size: file.size, source: file.path } : null;
}
