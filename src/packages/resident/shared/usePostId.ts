/** The post a form is for, from the page query (`postId`), or null when absent or malformed. */
import { useRouter } from '@tarojs/taro';
import { POST_ID_PATTERN } from '~/types/ids';

/** The `postId` query parameter when it is a well-formed post id. */
export function usePostId(): string | null {
  const raw = useRouter().params.postId ?? '';
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A broken escape is just a malformed id.
  }
  return POST_ID_PATTERN.test(id) ? id : null;
}
