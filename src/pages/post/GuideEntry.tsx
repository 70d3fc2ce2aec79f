/** The landing page's way into the legal guides (普法指南), which then offer this post's own contacts. */
import { Button, Text, View } from '@tarojs/components';
import { openPage } from '~/src/services/navigation';
import './GuideEntry.scss';

// Kept beside the entry: the page's strings.ts belongs to the landing page's owner.
const ENTRY_STRINGS = { open: '普法指南', hint: '工资、土地、婚姻、养老……遇事先看看' } as const;

/** Opens the guides subpackage for post `postId`. */
export function GuideEntry({ postId }: { postId: string }) {
  const open = () => {
    void openPage(`/packages/guides/pages/index/index?postId=${encodeURIComponent(postId)}`);
  };
  return (
    <View className="guide-entry">
      <Button className="btn btn-primary guide-entry-button" onClick={open}>
        {ENTRY_STRINGS.open}
      </Button>
      <Text className="muted guide-entry-hint">{ENTRY_STRINGS.hint}</Text>
    </View>
  );
}
