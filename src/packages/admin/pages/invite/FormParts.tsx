/** Pieces of the invite form: a labelled field with its error, and the role chips. */
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { CreateInviteInput } from '../../../../../types/api';
import { STRINGS } from './strings';

/** A role an invite can give. */
export type InviteRole = CreateInviteInput['role'];

/** A labelled field (class `field`) with its error under it. */
export function Field({ label, error, children }: { label: string; error?: string; children?: ReactNode }) {
  return (
    <View className="field">
      <Text className="field-label">{label}</Text>
      {children}
      {error ? <Text className="form-error">{error}</Text> : null}
    </View>
  );
}

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
