/**
 * Forwarding (转发) a public page to a chat. WeChat shows 转发 in a page's menu only where the page registers
 * onShareAppMessage, which Taro does only when the page's config sets `enableShareAppMessage`; pages that show a
 * person's own data (requests, cases, admin pages) never set it, so they cannot be forwarded.
 *
 * A card's path is built here, never copied from the page's own query: a landing opened from a plate carries the
 * plate's `scene` or `q`, and a card carrying them would count every open of it as a scan of the plate (`qr`). An
 * opened card counts as a `link`.
 */
import { useAddToFavorites, useShareAppMessage } from '@tarojs/taro';
import { landingQuery, landingUrl } from './post/landingUrl';

/** What a forwarded card shows (title) and opens (path, from the app's root). */
export interface ShareCard {
  title: string;
  path: string;
}

const HOME_PATH = '/pages/index/index';

/**
 * The titles of the cards (user-facing). Legal aid is *applied for*: the legal-aid office reviews the application and
 * decides whether to grant it (《中华人民共和国法律援助法》第四十三条), so a card never offers it as given.
 */
export const SHARE_TEXT = {
  home: '先锋岗：身边的公共法律服务',
  post: (name: string) => `${name}：法律咨询、调解，申请法律援助`,
  postUnnamed: '公共法律服务先锋岗：法律咨询、调解，申请法律援助',
} as const;

/** The card of the home page. */
export function homeCard(): ShareCard {
  return { title: SHARE_TEXT.home, path: HOME_PATH };
}

/**
 * The card of a post's landing page: its name once the landing has loaded. An unknown post's page forwards the
 * home page instead, so the card never opens a page that says "没有找到".
 */
export function postCard(postId: string | null, name: string | null): ShareCard {
  if (!postId) return homeCard();
  return { title: name ? SHARE_TEXT.post(name) : SHARE_TEXT.postUnnamed, path: landingUrl(postId, 'link') };
}

/**
 * What 收藏 (WeChat's favorites, in every page's ··· menu) keeps of a post's landing: its name, and a query that reopens
 * the post as the resident's own return visit (`recent`). Without it WeChat keeps the page's own query, so a landing
 * opened from a plate would be saved with the plate's `scene`, and every later open of the favorite would count as a
 * scan of the plate.
 */
export function postFavorite(postId: string | null, name: string | null): { title: string; query: string } {
  if (!postId) return { title: SHARE_TEXT.home, query: '' };
  return { title: name ?? SHARE_TEXT.postUnnamed, query: landingQuery(postId, 'recent') };
}

/** Registers what 收藏 keeps of the page, read when the resident taps it. */
export function useFavorite(favorite: () => { title: string; query: string }): void {
  useAddToFavorites(() => favorite());
}

/** Registers the page's card; `card` is read when the resident forwards, so it sees what the page shows then. */
export function useShareCard(card: () => ShareCard): void {
  useShareAppMessage(() => card());
}
