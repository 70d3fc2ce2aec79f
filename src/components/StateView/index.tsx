/** Loading, empty and error states, each with few words and, for errors, a big retry button. */
import { Button, Text, View } from '@tarojs/components';
import { COMPONENT_STRINGS } from '../strings';
import './index.scss';

/** Which state to show. */
export type StateKind = 'loading' | 'empty' | 'error';

/** Props of StateView. */
export interface StateViewProps {
  kind: StateKind;
  title?: string;
  hint?: string;
  onRetry?: () => void;
}

/** A centred state message. */
export function StateView({ kind, title, hint, onRetry }: StateViewProps) {
  return (
    <View className={`state-view state-${kind}`}>
      <Text className="state-title">{title ?? (kind === 'loading' ? COMPONENT_STRINGS.loading : '')}</Text>
      {hint ? <Text className="state-hint">{hint}</Text> : null}
      {kind === 'error' && onRetry ? (
        <Button className="btn btn-primary retry-button" onClick={onRetry}>
          {COMPONENT_STRINGS.retry}
        </Button>
      ) : null}
    </View>
  );
}

/** Props of LoadState. */
export interface LoadStateProps {
  /** The failed load, if it failed; nothing while it runs. */
  error: unknown;
  title: string;
  hint?: string;
  onRetry: () => void;
}

/** What a page shows before it has data: the failure with 重试 when the load failed, else loading. */
export function LoadState({ error, title, hint, onRetry }: LoadStateProps) {
  return error ? <StateView kind="error" title={title} hint={hint} onRetry={onRetry} /> : <StateView kind="loading" />;
}
