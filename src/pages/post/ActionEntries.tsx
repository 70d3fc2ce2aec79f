/** The three ways to ask for help from a post's landing page, each opening its form for this post. */
import { Button, View } from '@tarojs/components';
import { openPage } from '~/src/services/navigation';
import { STRINGS } from './strings';
import './ActionEntries.scss';

const ENTRIES = [
  { page: 'ask', label: STRINGS.entries.ask, className: 'entry-ask' },
  { page: 'mediation', label: STRINGS.entries.mediation, className: 'entry-mediation' },
  { page: 'aid', label: STRINGS.entries.aid, className: 'entry-aid' },
] as const;

/** Big buttons for 我要咨询, 申请调解 and 法律援助; each form is one tap away. */
export function ActionEntries({ postId }: { postId: string }) {
  const open = (page: string) => () => {
    const url = `/packages/resident/pages/${page}/index?postId=${encodeURIComponent(postId)}`;
    void openPage(url);
  };
  return (
    <View className="action-entries">
      {ENTRIES.map((e) => (
        <Button key={e.page} className={`btn btn-primary action-entry ${e.className}`} onClick={open(e.page)}>
          {e.label}
        </Button>
      ))}
    </View>
  );
}
