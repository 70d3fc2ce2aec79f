/** 人员管理: the volunteers (法律明白人) of a region in the admin's scope, their posts, 停用/恢复 and 重新邀请. */
import { Button, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { PersonRow } from '~/types/api';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { deactivate } from '~/src/services/admin/deactivate';
import { useAppStore } from '~/src/stores';
import { SearchBar, searchClassesOf } from '../../components/SearchBar';
import { confirmed, openPage as go, toast, toastError } from '../../shared/feedback';
import { AssignPanel } from './AssignPanel';
import { PeopleList } from './PeopleList';
import { RegionSelect, type RegionChoice } from './RegionSelect';
import { STRINGS } from './strings';
import { usePeople } from './usePeople';
import './index.scss';

/** The admin page. */
export default function PeoplePage() {
  const me = useAppStore((s) => s.me);
  const loadMe = useAppStore((s) => s.loadMe);
  const [checked, setChecked] = useState(me !== null);
  const [region, setRegion] = useState<RegionChoice | null>(null);
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    // Opened straight (a shared link, a reload on H5): ask who we are first.
    if (!checked) void loadMe().finally(() => setChecked(true));
  }, [checked, loadMe]);

  const scope =
    me?.role === 'admin' && me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const regionCode = region?.code ?? scope?.code ?? null;
  const list = usePeople(regionCode, q);

  if (!scope || !regionCode) {
    const body = checked ? <StateView kind="error" title={STRINGS.needAdmin} /> : <StateView kind="loading" />;
    return <PageShell className="people-page">{body}</PageShell>;
  }

  const saved = (row: PersonRow) => {
    list.replace(row);
    list.recount();
    setEditing(null);
    toast(STRINGS.saved);
  };

  const toggleActive = async (p: PersonRow) => {
    if (busy) return;
    const asked = {
      title: STRINGS.deactivateTitle,
      content: STRINGS.deactivateBody,
      confirmText: STRINGS.deactivate,
      cancelText: STRINGS.cancel,
    };
    if (p.active && !(await confirmed(asked))) return;
    setBusy(p.volunteerId);
    try {
      list.replace(await deactivate(p.volunteerId, !p.active));
      list.recount();
      if (editing === p.volunteerId) setEditing(null);
      toast(p.active ? STRINGS.deactivated : STRINGS.restored);
    } catch (err) {
      toastError(err);
    } finally {
      setBusy(null);
    }
  };

  const reinvite = (p: PersonRow) =>
    go(
      `/packages/admin/pages/invite/index?volunteerId=${encodeURIComponent(p.volunteerId)}` +
        `&name=${encodeURIComponent(p.name)}&region=${regionCode}`,
    );

  return (
    <PageShell className="people-page">
      <View className="card people-filters">
        <Text className="field-label">{STRINGS.region}</Text>
        <RegionSelect
          scope={scope}
          onSelect={(r) => {
            setRegion(r);
            setEditing(null);
          }}
        />
        <SearchBar classes={searchClassesOf('people')} placeholder={STRINGS.searchHint} onSearch={setQ} />
      </View>
      {list.unservedPosts > 0 ? (
        <View
          className="unserved-banner"
          onClick={() => go(`/packages/admin/pages/posts/index?unserved=1&region=${regionCode}`)}
        >
          <Text className="unserved-text">{STRINGS.unserved(list.unservedPosts)}</Text>
          <Text className="unserved-go">{`${STRINGS.unservedGo} ›`}</Text>
        </View>
      ) : null}
      <Button className="btn btn-primary people-invite" onClick={() => go('/packages/admin/pages/invite/index')}>
        {STRINGS.invite}
      </Button>
      <PeopleList
        list={list}
        q={q}
        busy={busy}
        editing={editing}
        onAssign={(p) => setEditing(editing === p.volunteerId ? null : p.volunteerId)}
        onToggleActive={(p) => void toggleActive(p)}
        onReinvite={reinvite}
        editor={(p) => (
          <AssignPanel person={p} regionCode={regionCode} onSaved={saved} onCancel={() => setEditing(null)} />
        )}
      />
    </PageShell>
  );
}
