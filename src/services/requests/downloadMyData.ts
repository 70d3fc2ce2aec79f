/** 下载我的数据: everything the system holds about the caller, as one JSON file saved (H5) or forwarded (WeChat). */
import type { MyDataReply } from '~/types/api/myData';
import { callCloud } from '../cloud';
import { MY_DATA_DELIVERY, saveMyData } from './saveMyData';

/** Fetches and saves the file; resolves with what it holds, for the page to say. */
export async function downloadMyData(): Promise<MyDataReply> {
  const data = await callCloud('resident', 'myData', { delivery: MY_DATA_DELIVERY });
  await saveMyData(data);
  return data;
}
