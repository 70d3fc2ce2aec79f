/** 撤销 / 恢复 a post (retiring asks first and says what happens to the old plates) and 打印二维码牌. */
import { Button, View } from '@tarojs/components';
import { useState } from 'react';
import type { AdminPost } from '~/types/api';
import { BusyButton } from '~/src/components/BusyButton';
import { updatePost } from '~/src/services/admin/updatePost';
import { confirmed, openPage, toast, toastError } from '../../shared/feedback';
import { STRINGS } from './strings';

/** The action buttons (classes `retire-post`, `restore-post`, `print-plate`). */
export function PostActions({ post, onChanged }: { post: AdminPost; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const retired = post.status === 'retired';

  const setStatus = async (status: 'active' | 'retired') => {
    if (busy) return;
    const asked = {
      title: STRINGS.retireTitle,
      content: STRINGS.retireContent,
      confirmText: STRINGS.retireConfirm,
      confirmColor: '#b71c1c',
    };
    if (status === 'retired' && !(await confirmed(asked))) return;
    setBusy(true);
    try {
      await updatePost({ postId: post.id, status });
    } catch (err) {
      // No field to put it under: every refusal (another admin's change, the network) is said in a toast.
      toastError(err);
      return;
    } finally {
      setBusy(false);
    }
    toast(status === 'retired' ? STRINGS.retired : STRINGS.restored);
    onChanged();
  };

  const plates = () => openPage(`/packages/admin/pages/plates/index?postIds=${encodeURIComponent(post.id)}`);

  return (
    <View className="card post-actions">
      {retired ? null : (
        <Button className="btn btn-secondary print-plate" onClick={plates}>
          {STRINGS.plates}
        </Button>
      )}
      <BusyButton
        className={retired ? 'btn btn-primary restore-post' : 'btn btn-secondary retire-post'}
        busy={busy}
        label={retired ? STRINGS.restore : STRINGS.retire}
        onClick={() => void setStatus(retired ? 'active' : 'retired')}
      />
    </View>
  );
}
