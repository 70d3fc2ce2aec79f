/** An import under way or finished: the progress bar, 取消, and at the end the count and the way to the plates. */
import { Button, Text, View } from '@tarojs/components';
import { ProgressBar } from '../../components/ProgressBar';
import { STRINGS } from './strings';
import type { ImportRun } from './useImport';

/** Props of RunView. */
export interface RunViewProps {
  run: ImportRun;
  unchanged: number;
  onCancel: () => void;
  onPlates: () => void;
  onAgain: () => void;
  onPosts: () => void;
}

/** The card (class `import-run`). */
export function RunView({ run, unchanged, onCancel, onPlates, onAgain, onPosts }: RunViewProps) {
  const running = run.phase === 'running';
  let outcome = '';
  if (run.phase === 'done') outcome = STRINGS.imported(run.created);
  if (run.phase === 'cancelled') outcome = STRINGS.cancelled(run.created);
  if (run.phase === 'failed') outcome = STRINGS.failed(run.created, run.error ?? '');
  return (
    <View className="card import-run">
      <Text className="section-title">{running ? STRINGS.importing : outcome}</Text>
      <ProgressBar done={run.done} total={run.total} />
      {running ? (
        <Button
          className="btn btn-secondary import-cancel"
          {...(run.cancelling ? { disabled: true } : {})}
          onClick={onCancel}
        >
          {run.cancelling ? STRINGS.cancelling : STRINGS.cancel}
        </Button>
      ) : null}
      {!running && run.phase === 'done' && unchanged > 0 ? (
        <Text className="muted import-unchanged">{STRINGS.unchangedSkipped(unchanged)}</Text>
      ) : null}
      {!running && run.postIds.length > 0 ? (
        <Button className="btn btn-primary import-plates" onClick={onPlates}>
          {STRINGS.plates}
        </Button>
      ) : null}
      {!running ? (
        <>
          <Button className="btn btn-secondary import-again" onClick={onAgain}>
            {STRINGS.again}
          </Button>
          <Button className="btn btn-secondary import-posts" onClick={onPosts}>
            {STRINGS.posts}
          </Button>
        </>
      ) : null}
    </View>
  );
}
