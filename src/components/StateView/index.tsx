/**
 * Loading, empty and error states, each with few words and, for errors, a big retry button. An error given with
 * its cause (`error`) is classified once here for every page: a refusal reads 无权查看 with the server's reason, a
 * miss or a request the server will never take reads as the server says, and neither has a network headline nor
 * 重试 (trying again cannot help); only a fault (network, server) keeps the page's words and 重试.
 */
import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { loadFailureKind } from '~/src/services/loadFailure';
import { COMPONENT_STRINGS } from '../strings';
import './index.scss';

/** Which state to show; `refused` is an error that trying again cannot mend. */
export type StateKind = 'loading' | 'empty' | 'error' | 'refused';

/** Props of StateView. */
export interface StateViewProps {
  kind: StateKind;
  title?: string;
  hint?: string;
  onRetry?: () => void;
  /** The cause of an error, when known: a refusal or a miss is then shown as such, without 重试. */
  error?: unknown;
}

/** The message of a thrown value, if it has one. */
const messageOf = (err: unknown) => (err instanceof Error && err.message ? err.message : undefined);

/** The words of an error no retry can mend (null for a fault): 无权查看 with the reason, or the reason alone. */
function settled(err: unknown): { title: string; hint?: string } | null {
  const kind = loadFailureKind(err);
  if (kind === 'fault') return null;
  if (kind === 'refused') return { title: COMPONENT_STRINGS.forbidden, hint: messageOf(err) };
  return { title: messageOf(err) ?? COMPONENT_STRINGS.unavailable };
}

/** A centred state message. */
export function StateView({ kind, title, hint, onRetry, error }: StateViewProps) {
  const final = kind === 'error' && error !== undefined && error !== null ? settled(error) : null;
  if (final) return <StateView kind="refused" title={final.title} hint={final.hint} />;
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

/** What a page shows before it has data: the failure (重试 when it may help) when the load failed, else loading. */
export function LoadState({ error, title, hint, onRetry }: LoadStateProps) {
  return error ? (
    <StateView kind="error" error={error} title={title} hint={hint} onRetry={onRetry} />
  ) : (
    <StateView kind="loading" />
  );
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
