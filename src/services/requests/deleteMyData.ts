/** Deleting every request of the caller (删除我的数据). */
import { callCloud } from '../cloud';

/** Deletes the caller's requests; resolves to how many were deleted. */
export async function deleteMyData(): Promise<number> {
  const reply = await callCloud('resident', 'deleteMyData', { confirm: true });
  return reply.deleted;
}
