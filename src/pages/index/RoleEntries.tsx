/** What only some callers see on the home page: the worker's 工作台, the admin's pages. */
import { Button, Text, View } from '@tarojs/components';
import type { MeData } from '~/types/api';
import { CITY_CODE } from '~/types/ids';
import { openInvite, openSettings, openStats, openWork } from './navigation';
import { STRINGS } from './strings';
import { openPage } from '~/src/services/navigation';

const WORKERS: readonly MeData['role'][] = ['volunteer', 'mediator', 'staff'];

/** Admin pages (admin subpackage) opened from home, in this order after 统计看板. */
const ADMIN_PAGES = [
  { label: STRINGS.circles, url: '/packages/admin/pages/circles/index', className: 'circles-entry' },
  { label: STRINGS.posts, url: '/packages/admin/pages/posts/index', className: 'posts-entry' },
  { label: STRINGS.people, url: '/packages/admin/pages/people/index', className: 'people-entry' },
  { label: STRINGS.servicePoints, url: '/packages/admin/pages/services/index', className: 'services-entry' },
  { label: STRINGS.admins, url: '/packages/admin/pages/admins/index', className: 'admins-entry' },
] as const;

const open = (url: string) => () => {
  void openPage(url);
};

/** The entries of `me`'s role, or nothing for residents (and before the role is known). */
export function RoleEntries({ me }: { me: MeData | null }) {
  if (me && WORKERS.includes(me.role)) {
    return (
      <View className="card work-entry-card">
        <Text className="work-greeting">{STRINGS.workHint(me.label)}</Text>
        <Button className="btn btn-primary work-entry" onClick={openWork}>
          {STRINGS.work}
        </Button>
      </View>
    );
  }
  if (me?.role === 'admin') {
    return (
      <View className="admin-entries">
        <Text className="section-title">{STRINGS.admin}</Text>
        <Button className="btn btn-primary dashboard-entry" onClick={open('/packages/admin/pages/dashboard/index')}>
          {STRINGS.dashboard}
        </Button>
        {ADMIN_PAGES.map((p) => (
          <Button key={p.url} className={`btn btn-secondary ${p.className}`} onClick={open(p.url)}>
            {p.label}
          </Button>
        ))}
        {me.regionCode === CITY_CODE ? (
          <Button className="btn btn-secondary audit-log-entry" onClick={open('/packages/admin/pages/audit/index')}>
            {STRINGS.audit}
          </Button>
        ) : null}
        <Button className="btn btn-secondary stats-entry" onClick={openStats}>
          {STRINGS.stats}
        </Button>
        <Button className="btn btn-secondary invite-entry" onClick={openInvite}>
          {STRINGS.invite}
        </Button>
        <Button className="btn btn-secondary settings-entry" onClick={openSettings}>
          {STRINGS.settings}
        </Button>
      </View>
    );
  }
  return null;
}
