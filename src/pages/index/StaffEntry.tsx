/**
 * 工作人员入口: how people who work the network first bind their WeChat on a phone, with no demo data: 管理员口令
 * (the first admin's bootstrap) and 我有邀请码 (accepting an invite). A small footer link for residents, opened on
 * tap; once bound, the role's own entries (RoleEntries) show instead and this is gone.
 */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { MeData } from '~/types/api';
import { STRINGS } from './strings';
import { openPage } from '~/src/services/navigation';

/** The accept page of an invite (work subpackage) and the first admin's bootstrap (admin subpackage). */
export const STAFF_PAGES = {
  invite: '/packages/work/pages/invite/index',
  bootstrap: '/packages/admin/pages/bootstrap/index',
} as const;

const open = (url: string) => () => void openPage(url);

/** The entry (class `staff-entry`); nothing until the role is known, nothing for bound users. */
export function StaffEntry({ me }: { me: MeData | null }) {
  const [open_, setOpen] = useState(false);
  if (!me || me.role !== 'resident') return null;
  return (
    <View className="staff-entry">
      <Text className="staff-entry-toggle" onClick={() => setOpen((o) => !o)}>
        {STRINGS.staffEntry}
      </Text>
      {open_ ? (
        <View className="staff-entry-links">
          <Text className="staff-link staff-invite" onClick={open(STAFF_PAGES.invite)}>
            {STRINGS.haveInvite}
          </Text>
          <Text className="staff-link staff-bootstrap" onClick={open(STAFF_PAGES.bootstrap)}>
            {STRINGS.adminSecret}
          </Text>
        </View>
      ) : null}
    </View>
  );
}
