/** Pieces of the invite form: the role chips. */
import { Text, View } from '@tarojs/components';
import type { CreateInviteInput } from '../../../../../types/api';
import { STRINGS } from './strings';

/** A role an invite can give. */
export type InviteRole = CreateInviteInput['role'];

/** Props of RoleChips. */
export interface RoleChipsProps {
  roles: readonly InviteRole[];
  role: InviteRole;
  onRole: (role: InviteRole) => void;
}

/** One chip per role (class `role-option`). */
export function RoleChips({ roles, role, onRole }: RoleChipsProps) {
  return (
    <View className="chips">
      {roles.map((r) => (
        <View key={r} className={`chip role-option${r === role ? ' chip-on' : ''}`} onClick={() => onRole(r)}>
          <Text>{STRINGS.roles[r]}</Text>
        </View>
      ))}
    </View>
  );
}
