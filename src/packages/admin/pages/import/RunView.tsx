/** An import under way or finished: the progress bar, 取消, and at the end the count and the way to the plates. */
import { Text, View } from '@tarojs/components';
import { BusyButton } from '~/src/components/BusyButton';
import { ButtonList } from '~/src/components/ButtonList';
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
        <BusyButton
          className="btn btn-secondary import-cancel"
          busy={run.cancelling}
          label={STRINGS.cancel}
          busyLabel={STRINGS.cancelling}
          onClick={onCancel}
        />
      ) : null}
      {!running && run.phase === 'done' && unchanged > 0 ? (
        <Text className="muted import-unchanged">{STRINGS.unchangedSkipped(unchanged)}</Text>
      ) : null}
      {running ? null : (
        <ButtonList
          items={[
            ...(run.postIds.length > 0
              ? [{ className: 'import-plates', label: STRINGS.plates, onClick: onPlates, primary: true }]
              : []),
            { className: 'import-again', label: STRINGS.again, onClick: onAgain },
            { className: 'import-posts', label: STRINGS.posts, onClick: onPosts },
          ]}
        />
      )}
    </View>
  );
}
