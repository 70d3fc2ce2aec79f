/** Server-rendered pages of the local runtime: a printed plate's link, and its friendly 404. */
import { cityContactCards } from '../domain/scan/landing';

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Where a plate's link lands in the H5 app (hash router). */
export function landingLocation(postId: string): string {
  return `/#/pages/post/index?id=${encodeURIComponent(postId)}&source=link`;
}

/** The page for a plate link whose post does not exist: still useful, with the city's numbers to call. */
export function unknownPostPage(): string {
  const rows = cityContactCards()
    .map(
      (c) =>
        `<li><b>${escapeHtml(c.name)}</b><br>${escapeHtml(c.hours)}<br>` +
        `<a class="call" href="tel:${escapeHtml(c.phone)}">拨打 ${escapeHtml(c.phone)}</a></li>`,
    )
    .join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>没有找到这个先锋岗</title>
<style>body{font:18px/1.6 sans-serif;margin:0;padding:20px;color:#222}h1{font-size:24px}
li{list-style:none;margin:12px 0;padding:12px;border:1px solid #ddd;border-radius:8px}
a.call{display:inline-block;margin-top:8px;padding:10px 16px;background:#c8102e;color:#fff;border-radius:6px;text-decoration:none}
ul{padding:0}</style></head><body>
<h1>没有找到这个先锋岗</h1><p>二维码可能不完整或已失效。您仍可以拨打以下电话寻求法律帮助：</p>
<ul>${rows}</ul><p><a href="/">返回首页</a></p></body></html>`;
}
