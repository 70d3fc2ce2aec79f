/** Loading, empty and error states, each with few words and, for errors, a big retry button. */
import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
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

/** Props of ListState. */
export interface ListStateProps<T> {
  items: readonly T[] | null;
  error: unknown;
  onRetry: () => void;
  /** The page's words for a failed load and for an empty list. */
  text: { loadError: string; loadErrorHint: string; empty: string; emptyHint: string };
  /** Draws the list, once there is at least one item. */
  children: (items: readonly T[]) => ReactNode;
}

/** A list page's body: loading or its failure until the first reply, the empty state, else the list. */
export function ListState<T>({ items, error, onRetry, text, children }: ListStateProps<T>) {
  if (!items) return <LoadState error={error} title={text.loadError} hint={text.loadErrorHint} onRetry={onRetry} />;
  if (items.length === 0) return <StateView kind="empty" title={text.empty} hint={text.emptyHint} />;
  return <>{children(items)}</>;
}
