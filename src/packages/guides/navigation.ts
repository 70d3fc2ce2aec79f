/** Paths inside the guides subpackage; the post a reader came from rides along in `postId`. */
import { openPage } from '~/src/services/navigation';

const ROOT = '/packages/guides/pages';

function withPost(url: string, postId: string | null): string {
  return postId ? `${url}${url.includes('?') ? '&' : '?'}postId=${encodeURIComponent(postId)}` : url;
}

/** URL of the guides home page (topics and search), from post `postId` or none. */
export function guidesUrl(postId: string | null): string {
  return withPost(`${ROOT}/index/index`, postId);
}

/** URL of one topic's list. */
export function topicUrl(topicId: string, postId: string | null): string {
  return withPost(`${ROOT}/topic/index?topic=${encodeURIComponent(topicId)}`, postId);
}

/** URL of one guide. */
export function guideUrl(guideId: string, postId: string | null): string {
  return withPost(`${ROOT}/detail/index?id=${encodeURIComponent(guideId)}`, postId);
}

/** Opens one topic's list. */
export function openTopic(topicId: string, postId: string | null): void {
  void openPage(topicUrl(topicId, postId));
}

/** Opens one guide. */
export function openGuide(guideId: string, postId: string | null): void {
  void openPage(guideUrl(guideId, postId));
}

/** Reads a query value that may be URI-encoded (WeChat passes it encoded, H5 may not). */
export function queryValue(value: string | undefined): string | null {
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
