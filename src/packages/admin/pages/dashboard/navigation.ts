/**
 * Where the dashboard leads. A drill-down opens the dashboard again with ?subject=, so the back button of WeChat
 * and of the browser goes up one level. The dashboard pages alive on the stack register here, so a crumb can go
 * back to the page that shows it, or open it in place when no such page is below (a page opened directly).
 */
import Taro from '@tarojs/taro';
import { openPage, replacePage } from '~/src/services/navigation';

const DASHBOARD = '/packages/admin/pages/dashboard/index';

/** The subjects of the live dashboard pages, bottom of the stack first ('' is the admin's own scope). */
const stack: { key: number; subject: string }[] = [];
let keys = 0;

const go = (url: string) => {
  void openPage(url);
};

/** Registers a dashboard page showing `subject`; returns the call that removes it (on unload). */
export function registerPage(subject: string | undefined): { key: number; remove: () => void } {
  const key = ++keys;
  stack.push({ key, subject: subject ?? '' });
  return {
    key,
    remove: () => {
      const i = stack.findIndex((p) => p.key === key);
      if (i >= 0) stack.splice(i, 1);
    },
  };
}

/** The dashboard of `subject`, or of the admin's scope. */
export function dashboardUrl(subject: string | undefined): string {
  return subject ? `${DASHBOARD}?subject=${encodeURIComponent(subject)}` : DASHBOARD;
}

/** Opens a level further down (a child region or a post). */
export function drillDown(subject: string): void {
  go(dashboardUrl(subject));
}

/**
 * Goes up to crumb `subject` from page `key`; `isScope` says the crumb is the admin's own scope (the first one),
 * which the entry page shows without a ?subject=.
 */
export function goUp(key: number, subject: string, isScope: boolean): void {
  const here = stack.findIndex((p) => p.key === key);
  for (let i = here - 1; i >= 0; i--) {
    const s = stack[i].subject;
    if (s === subject || (isScope && s === '')) {
      Taro.navigateBack({ delta: here - i }).catch(() => undefined);
      return;
    }
  }
  void replacePage(dashboardUrl(isScope ? undefined : subject));
}

/** 服务圈覆盖 of `regionCode` (a county or township code), or of the admin's scope. */
export function openCircles(regionCode: string | undefined): void {
  go(`/packages/admin/pages/circles/index${regionCode ? `?region=${regionCode}` : ''}`);
}

/** 岗位管理. */
export function openPosts(): void {
  go('/packages/admin/pages/posts/index');
}

/** 人员管理. */
export function openPeople(): void {
  go('/packages/admin/pages/people/index');
}
