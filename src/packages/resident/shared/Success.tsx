/** What a resident sees after a submission: it arrived, when to expect an answer, where to follow it. */
import { Button, Text, View } from '@tarojs/components';
import { SHARED_STRINGS } from './strings';
import { replacePage, restartAt } from '~/src/services/navigation';

/** Props of Success. */
export interface SuccessProps {
  title: string;
  /** Lines under the title, e.g. the due time and the promise. */
  lines: string[];
}

/** The success card (class `form-success`) with a way to 我的诉求 and home. */
export function Success({ title, lines }: SuccessProps) {
  const go = (url: string) => () => {
    void replacePage(url);
  };
  return (
    <View className="card form-success">
      <Text className="success-title">{title}</Text>
      {lines.map((line) => (
        <Text key={line} className="success-line">
          {line}
        </Text>
      ))}
      <View className="success-actions">
        <Button className="btn btn-primary view-mine" onClick={go('/packages/resident/pages/mine/index')}>
          {SHARED_STRINGS.viewMine}
        </Button>
        <Button className="btn btn-secondary back-home" onClick={() => restartAt('/pages/index/index')}>
          {SHARED_STRINGS.backHome}
        </Button>
      </View>
    </View>
  );
}
