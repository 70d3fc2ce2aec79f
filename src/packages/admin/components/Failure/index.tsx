/**
 * How an admin page says that its load failed, in the two ways the pages use: a scoped view (dashboard, coverage,
 * stats) names a refusal and offers 重试 only where trying again can help; a list page names a refusal with the
 * server's reason and offers 重试 for everything else.
 */
import { StateView } from '~/src/components/StateView';
import type { CloudError } from '~/src/services/cloud';
import { loadFailureKind } from '~/src/services/loadFailure';

/** A refusal of the caller's scope: the server's message says what is out of reach. */
const refused = (err: CloudError) => err.code === 'FORBIDDEN' || err.code === 'OUT_OF_SCOPE';

/** The words a scoped view gives for its failures. */
export interface ScopeFailureTexts {
  needAdmin: string;
  forbidden: string;
  networkError: string;
}

/** Chinese wording for a failure of a scoped view. */
export function scopeErrorText(err: CloudError, texts: ScopeFailureTexts): string {
  if (err.code === 'UNAUTHENTICATED') return texts.needAdmin;
  if (refused(err)) return texts.forbidden;
  if (err.code === 'NETWORK') return texts.networkError;
  return err.message;
}

/** Props of ScopeFailure. */
export interface ScopeFailureProps {
  error: CloudError;
  texts: ScopeFailureTexts;
  onRetry: () => void;
}

/** A scoped view's failure; 重试 only after a network or server fault, the server's reason under a refusal. */
export function ScopeFailure({ error, texts, onRetry }: ScopeFailureProps) {
  const retry = loadFailureKind(error) === 'fault' ? onRetry : undefined;
  const hint = refused(error) ? error.message : undefined;
  return <StateView kind="error" title={scopeErrorText(error, texts)} hint={hint} onRetry={retry} />;
}

/** The words a list page gives for its failures. */
export interface LoadFailureTexts {
  /** Title when the caller is not an admin (or not one allowed here); the server's message is the hint. */
  needAdmin: string;
  loadError: string;
  loadErrorHint: string;
}

/** Props of LoadFailure. */
export interface LoadFailureProps {
  error: CloudError;
  texts: LoadFailureTexts;
  onRetry: () => void;
}

/** A list page's failure: a refusal with its reason and no retry, anything else with 重试. */
export function LoadFailure({ error, texts, onRetry }: LoadFailureProps) {
  if (error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED') {
    return <StateView kind="error" title={texts.needAdmin} hint={error.message} />;
  }
  return <StateView kind="error" error={error} title={texts.loadError} hint={texts.loadErrorHint} onRetry={onRetry} />;
}
