/** 删除我的数据 as a whole: the device's copies first (works offline), then the requests on the server. */
import { forgetThisDevice } from '../../stores/forgetDevice';
import { deleteMyData } from './deleteMyData';

/** Clears this phone's drafts and caches, then deletes the caller's requests; resolves to how many were deleted. */
export async function deleteEverything(): Promise<number> {
  forgetThisDevice();
  return deleteMyData();
}
