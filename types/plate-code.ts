/**
 * What a plate's code carries, in each form WeChat hands it over (every form ends at the post landing):
 * - a mini-program code (wxacode.getUnlimited) opens the landing with `scene` = the URI-encoded post id;
 * - a plain QR code holding the plate link `https://<public host>/s/<postId>` opens the page configured for that
 *   link prefix (扫普通链接二维码打开小程序) with `q` = the URI-encoded full link, plus `scancode_time`;
 * - the in-app scanner (扫一扫, scanCode) gives a mini-program code's `path` (`pages/post/index?scene=<id>`) or a
 *   plain code's text in `result`.
 * Everything here is input from the outside (a page query can be forged by any share link): decode at most once,
 * refuse what is long or malformed, and accept only a post id of the strict pattern.
 */
import { POST_ID_PATTERN } from './ids';

/** Longer input is nobody's plate: a plate link is < 100 characters. */
export const MAX_CODE_LENGTH = 512;

/** The landing page's path, as WeChat writes it in a mini-program code (no leading slash). */
export const LANDING_PAGE = 'pages/post/index';

/** decodeURIComponent that answers null on a malformed escape instead of throwing. */
export function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function asPostId(value: string | null): string | null {
  return value !== null && POST_ID_PATTERN.test(value) ? value : null;
}

/** The post id of a mini-program code's `scene` (URI-encoded once by WeChat), or null. */
export function postIdFromScene(scene: string): string | null {
  if (scene.length > MAX_CODE_LENGTH) return null;
  return asPostId(safeDecode(scene));
}

/** The value of `name` in a query string (`a=1&b=2`, no leading `?`), still encoded; null when absent. */
function queryValue(query: string, name: string): string | null {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq) === name) return pair.slice(eq + 1);
  }
  return null;
}

/** The host names (lower case) of configured public links, e.g. 'https://pp.example.cn' → ['pp.example.cn']. */
export function linkHosts(configured: string | undefined): string[] {
  return (configured ?? '')
    .split(',')
    .map((u) => /^https?:\/\/([^/?#:]+)/i.exec(u.trim())?.[1]?.toLowerCase() ?? '')
    .filter((h) => h !== '');
}

const LINK = /^https?:\/\/([^/?#:@]+)(?::\d{1,5})?\/s\/([^/?#]*)\/?(?:[?#].*)?$/i;

/**
 * The post id of a plate link `http(s)://<host>/s/<postId>` (a query or fragment after it is ignored). With `hosts`
 * given, only links to those hosts count; an empty list accepts any host (nothing configured to compare with).
 */
export function postIdFromLink(link: string, hosts: readonly string[] = []): string | null {
  const text = link.trim();
  if (text.length > MAX_CODE_LENGTH) return null;
  const m = LINK.exec(text);
  if (!m) return null;
  if (hosts.length > 0 && !hosts.includes(m[1].toLowerCase())) return null;
  return asPostId(safeDecode(m[2]));
}

/** The post id of a mini-program path to the landing (`pages/post/index?scene=<id>` or `?id=<id>`), or null. */
export function postIdFromPagePath(path: string): string | null {
  const text = path.trim();
  if (text.length > MAX_CODE_LENGTH) return null;
  const q = text.indexOf('?');
  if (q < 0 || text.slice(0, q).replace(/^\//, '') !== LANDING_PAGE) return null;
  const query = text.slice(q + 1).split('#')[0];
  const scene = queryValue(query, 'scene');
  if (scene !== null) return postIdFromScene(scene);
  const id = queryValue(query, 'id');
  return id === null ? null : asPostId(safeDecode(id));
}

/** The post id of a plain QR code's `q` (the URI-encoded full link the code held), or null. */
export function postIdFromQ(q: string, hosts: readonly string[] = []): string | null {
  if (q.length > MAX_CODE_LENGTH) return null;
  const link = safeDecode(q);
  return link === null ? null : postIdFromLink(link, hosts);
}

/** What the in-app scanner read: `path` of a mini-program code, else `result` (a link, a path or a bare id). */
export function postIdFromScanResult(
  res: { path?: string; result?: string; scanType?: string },
  hosts: readonly string[] = [],
): string | null {
  if (res.path) return postIdFromPagePath(res.path);
  const text = (res.result ?? '').trim();
  if (text === '' || text.length > MAX_CODE_LENGTH) return null;
  if (POST_ID_PATTERN.test(text)) return text;
  return /^https?:\/\//i.test(text) ? postIdFromLink(text, hosts) : postIdFromPagePath(text);
}

/** A scanner's text alone (a bare id, a plate link or a landing path): the home page's 扫一扫 without a `path`. */
export function postIdFromCode(raw: string, hosts: readonly string[] = []): string | null {
  return postIdFromScanResult({ result: raw }, hosts);
}
