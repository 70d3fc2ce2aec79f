/** 撤销 / 恢复 a post (retiring asks first and says what happens to the old plates) and 打印二维码牌. */
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { AdminPost } from '~/types/api';
import { updatePost } from '~/src/services/admin/updatePost';
import { CloudError } from '~/src/services/cloud';
import { STRINGS } from './strings';

/** The action buttons (classes `retire-post`, `restore-post`, `print-plate`). */
export function PostActions({ post, onChanged }: { post: AdminPost; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const retired = post.status === 'retired';

  const setStatus = async (status: 'active' | 'retired') => {
    if (busy) return;
    if (status === 'retired') {
      const answer = await Taro.showModal({
        title: STRINGS.retireTitle,
        content: STRINGS.retireContent,
        confirmText: STRINGS.retireConfirm,
        confirmColor: '#b71c1c',
      }).catch(() => ({ confirm: false }));
      if (!answer.confirm) return;
    }
    setBusy(true);
    try {
      await updatePost({ postId: post.id, status });
    } catch (err) {
      // No field to put it under: every refusal (another admin's change, the network) is said in a toast.
      const title = (err instanceof CloudError ? err : new CloudError('INTERNAL')).message;
      Taro.showToast({ title, icon: 'none' }).catch(() => undefined);
      return;
    } finally {
      setBusy(false);
    }
    Taro.showToast({ title: status === 'retired' ? STRINGS.retired : STRINGS.restored, icon: 'none' }).catch(
      () => undefined,
    );
    onChanged();
  };

  const plates = () => {
    Taro.navigateTo({ url: `/packages/admin/pages/plates/index?postIds=${encodeURIComponent(post.id)}` }).catch(
      () => undefined,
    );
  };

  return (
    <View className="card post-actions">
      <Button className="btn btn-secondary print-plate" onClick={plates}>
        {STRINGS.plates}
      </Button>
      {retired ? (
        <Button
          className="btn btn-primary restore-post"
          {...(busy ? { disabled: true } : {})}
          onClick={() => void setStatus('active')}
        >
          {STRINGS.restore}
        </Button>
      ) : (
        <Button
          className="btn btn-secondary retire-post"
          {...(busy ? { disabled: true } : {})}
          onClick={() => void setStatus('retired')}
        >
          {STRINGS.retire}
        </Button>
      )}
    </View>
  );
}
