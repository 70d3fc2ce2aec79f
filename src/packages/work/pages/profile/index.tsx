/** 我的资料: the caller's workload, their profile, the posts and unit they serve, and 解除绑定. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { confirmFirst } from '~/src/components/confirmFirst';
import type { ProfileData } from '~/types/api';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { WorkPage } from '../../shared/WorkPage';
import { StateView } from '~/src/components/StateView';
import { useRemote } from '~/src/hooks/useRemote';
import { fetchProfile } from '~/src/services/work/fetchProfile';
import { fetchWorkload } from '~/src/services/work/fetchWorkload';
import { unbind } from '~/src/services/work/unbind';
import { useAppStore } from '~/src/stores';
import { messageOf } from '../../shared/errors';
import { WORK_STRINGS } from '../../shared/strings';
import { WorkLoadState } from '../../shared/WorkLoadState';
import { ProfileForm } from './ProfileForm';
import { STRINGS } from './strings';
import { WorkloadCard } from './WorkloadCard';
import { restartHomeSaying } from '~/src/services/homeNotice';
import './index.scss';

function Unit({ profile }: { profile: ProfileData }) {
  return (
    <View className="card unit">
      <Text className="row-line unit-role">{STRINGS.role[profile.role]}</Text>
      <Text className="row-line">{`${STRINGS.region}：${profile.regionName}`}</Text>
      {profile.unitName ? <Text className="row-line unit-name">{`${STRINGS.unit}：${profile.unitName}`}</Text> : null}
      <Text className="field-label posts-title">{STRINGS.posts}</Text>
      {profile.posts.length === 0 ? <Text className="muted">{STRINGS.noPosts}</Text> : null}
      {profile.posts.map((p) => (
        <Text key={p.id} className="row-line post-served">
          {p.name}
        </Text>
      ))}
    </View>
  );
}

/** The profile page. */
export default function ProfilePage() {
  const { data, error, reload, setData } = useRemote(async () => {
    const [profile, workload] = await Promise.all([fetchProfile(), fetchWorkload()]);
    return { profile, workload };
  }, []);

  const leave = async () => {
    if (
      !(await confirmFirst({
        title: STRINGS.unbindTitle,
        content: STRINGS.unbindConfirm,
        confirmText: STRINGS.unbind,
        cancelText: WORK_STRINGS.cancel,
      }))
    )
      return;
    try {
      await unbind();
      // The home page shows what a resident sees once the session knows the new role, and says it is done.
      await useAppStore.getState().loadMe();
      void restartHomeSaying(STRINGS.unbound, 'success');
    } catch (err) {
      void Taro.showToast({ title: messageOf(err), icon: 'none' });
    }
  };

  let body;
  if (data) {
    body = (
      <>
        <WorkloadCard w={data.workload} />
        <ProfileForm profile={data.profile} onSaved={(profile) => setData({ ...data, profile })} />
        <Unit profile={data.profile} />
        <Button className="btn btn-secondary btn-block unbind-button" onClick={() => void leave()}>
          {STRINGS.unbind}
        </Button>
      </>
    );
  } else if (error?.code === 'FORBIDDEN' || error?.code === 'UNAUTHENTICATED') {
    body = <StateView kind="empty" title={WORK_STRINGS.notWorker} hint={WORK_STRINGS.notWorkerHint} />;
  } else body = <WorkLoadState error={error} reload={reload} />;
  return <WorkPage className="profile-page">{body}</WorkPage>;
}
