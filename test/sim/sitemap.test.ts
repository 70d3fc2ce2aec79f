/**
 * The built weapp's sitemap.json: WeChat search may index the public pages a resident reads, never an admin or
 * work page nor a resident's own requests. Rules are read as WeChat reads them: the first rule whose page matches
 * ("*" = every page), allow when none does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { assertBuilt, DIST } from './harness';

interface Rule {
  action?: 'allow' | 'disallow';
  page: string;
  params?: string[];
  priority?: number;
}

function read<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8')) as T;
}

function indexable(rules: Rule[], page: string): boolean {
  // Higher priority first; equal priorities keep file order (a stable sort).
  const ordered = [...rules].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  const hit = ordered.find((r) => r.page === '*' || r.page === page);
  return (hit?.action ?? 'allow') === 'allow';
}

function allPages(): string[] {
  const app = read<{ pages: string[]; subPackages?: { root: string; pages: string[] }[] }>('app.json');
  const subs = (app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`));
  return [...app.pages, ...subs];
}

test('app.json points at the sitemap, and the sitemap is in the build', () => {
  assertBuilt();
  expect(read<{ sitemapLocation?: string }>('app.json').sitemapLocation).toBe('sitemap.json');
  expect(Array.isArray(read<{ rules: Rule[] }>('sitemap.json').rules)).toBe(true);
});

test('home, the post landing and the guides may be indexed; admin, work and private resident pages may not', () => {
  const { rules } = read<{ rules: Rule[] }>('sitemap.json');
  const pages = allPages();
  const open = pages.filter((p) => indexable(rules, p));
  expect(open.sort()).toEqual(
    [
      'pages/index/index',
      'pages/post/index',
      'packages/guides/pages/detail/index',
      'packages/guides/pages/index/index',
      'packages/guides/pages/topic/index',
      'packages/privacy/pages/index/index',
    ].sort(),
  );
  const closed = pages.filter((p) => !indexable(rules, p));
  for (const root of ['packages/admin/', 'packages/work/', 'packages/resident/']) {
    const inRoot = pages.filter((p) => p.startsWith(root));
    expect(inRoot.length).toBeGreaterThan(3);
    expect(closed).toEqual(expect.arrayContaining(inRoot));
  }
  // Every allow names a real page: a renamed page must not leave a dead rule while its new path is closed.
  for (const r of rules.filter((x) => x.action !== 'disallow' && x.page !== '*')) expect(pages).toContain(r.page);
});
