/** Demo mode (H5 local runtime only): switch identity to try each role; hidden when demo mode is off. */
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRemote } from '../../hooks/useRemote';
import { fetchDemo } from '../../services/demo/fetchDemo';
import { loginDemo } from '../../services/demo/loginDemo';
import { useAppStore } from '../../stores';
import { openPost } from './navigation';
import { STRINGS } from './strings';

/** The role switcher, or nothing outside demo mode. */
export function DemoSwitcher() {
  // A failed look-up is the same as demo mode off: nothing to show.
  const { data: demo } = useRemote(fetchDemo, []);
  const me = useAppStore((s) => s.me);
  const loadMe = useAppStore((s) => s.loadMe);

  if (!demo) return null;

  const switchTo = async (openid: string, label: string) => {
    const ok = await loginDemo(openid);
    if (ok) await loadMe();
    Taro.showToast({ title: ok ? STRINGS.switched(label) : STRINGS.switchFailed, icon: 'none' }).catch(() => undefined);
  };
  return (
    <View className="demo-switcher">
      <Text className="section-title">{STRINGS.demo}</Text>
      <View className="demo-identities">
        {demo.identities.map((id) => {
          const current = me?.label === id.label && me.role === id.role;
          return (
            <Button
              key={id.openid}
              className={`btn ${current ? 'btn-primary' : 'btn-secondary'} demo-identity`}
              onClick={() => void switchTo(id.openid, id.label)}
            >
              {current ? `${id.label}（${STRINGS.current}）` : id.label}
            </Button>
          );
        })}
      </View>
      {demo.samplePosts.length > 0 ? <Text className="section-title">{STRINGS.demoSamples}</Text> : null}
      {demo.samplePosts.map((p) => (
        <View key={p.id} className="card demo-post" onClick={() => openPost(p.id, 'link')}>
          <Text>{p.name}</Text>
        </View>
      ))}
    </View>
  );
}
