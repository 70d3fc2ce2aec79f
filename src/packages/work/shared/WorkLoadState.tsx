/** A worker page before its data: the load's failure in the server's words with 重试, else loading. */
import type { CloudError } from '~/src/services/cloud';
import { LoadState } from '~/src/components/StateView';
import { messageOf } from './errors';
import { WORK_STRINGS } from './strings';

/** The state; `reload` is the page's own load. */
export function WorkLoadState({ error, reload }: { error: CloudError | null; reload: () => Promise<void> }) {
  return (
    <LoadState
      error={error}
      title={WORK_STRINGS.loadError}
      hint={error ? messageOf(error) : undefined}
      onRetry={() => void reload()}
    />
  );
}
