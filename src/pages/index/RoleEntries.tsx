/** What only some callers see on the home page: the worker's 工作台, the admin's pages. */
import { Button, Text, View } from '@tarojs/components';
import type { MeData } from '../../../types/api';
import { openInvite, openSettings, openStats, openWork } from './navigation';
import { STRINGS } from './strings';

const WORKERS: readonly MeData['role'][] = ['volunteer', 'mediator', 'staff'];

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
