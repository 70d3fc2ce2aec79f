/** One volunteer: name, village, badges, the posts they serve, and what an admin can do with them. */
import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { PersonRow } from '~/types/api';
import { STRINGS } from './strings';

/** Props of PersonItem. */
export interface PersonItemProps {
  person: PersonRow;
  busy: boolean;
  onAssign: () => void;
  onToggleActive: () => void;
  onReinvite: () => void;
  /** The post editor, when open under this person. */
  children?: ReactNode;
}

function Badge({ className, label }: { className: string; label: string }) {
  return <Text className={`badge ${className}`}>{label}</Text>;
}

/** The row (class `person-item`; `person-inactive` when 停用). */
export function PersonItem({ person, busy, onAssign, onToggleActive, onReinvite, children }: PersonItemProps) {
  const p = person;
  return (
    <View className={`card person-item${p.active ? '' : ' person-inactive'}`}>
      <View className="person-head">
        <Text className="person-name">{p.name}</Text>
        {p.isMediator ? <Badge className="badge-mediator" label={STRINGS.mediator} /> : null}
        {p.active ? (
          <Badge
            className={p.bound ? 'badge-bound' : 'badge-unbound'}
            label={p.bound ? STRINGS.bound : STRINGS.unbound}
          />
        ) : (
          <Badge className="badge-inactive" label={STRINGS.inactive} />
        )}
      </View>
      <Text className="muted person-village">{p.villageName}</Text>
      <Text className="person-posts">
        {p.posts.length > 0 ? STRINGS.servesPosts + p.posts.map((post) => post.name).join('、') : STRINGS.noPosts}
      </Text>
      {children}
      <View className="person-actions">
        {p.active ? (
          <Button className="btn btn-secondary person-assign" onClick={onAssign}>
            {STRINGS.assign}
          </Button>
        ) : null}
        <Button
          className={`btn btn-secondary ${p.active ? 'person-deactivate' : 'person-restore'}`}
          {...(busy ? { disabled: true } : {})}
          onClick={onToggleActive}
        >
          {p.active ? STRINGS.deactivate : STRINGS.restore}
        </Button>
        {p.active ? (
          <Button className="btn btn-secondary person-reinvite" onClick={onReinvite}>
            {STRINGS.reinvite}
          </Button>
        ) : null}
      </View>
    </View>
  );
}
