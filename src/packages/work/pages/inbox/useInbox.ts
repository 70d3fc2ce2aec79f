/** The inbox's data: one box of one kind, reloaded on show and on pull-down. */
import { useState } from 'react';
import type { InboxBox, InboxData } from '~/types/api';
import type { RequestKind } from '~/types/requests';
import { useRemote } from '~/src/hooks/useRemote';
import { usePullToRefresh, useReloadOnReturn } from '~/src/hooks/useRefresh';
import type { CloudError } from '~/src/services/cloud';
import { fetchInbox } from '~/src/services/work/fetchInbox';

/** What the page draws from. */
export interface InboxState {
  box: InboxBox;
  kind: RequestKind | null;
  data: InboxData | null;
  error: CloudError | null;
  loading: boolean;
  setBox: (box: InboxBox) => void;
  setKind: (kind: RequestKind | null) => void;
  reload: () => Promise<void>;
}

/** Loads the chosen box; a newer load wins over a slower older one. */
export function useInbox(): InboxState {
  const [box, setBox] = useState<InboxBox>('todo');
  const [kind, setKind] = useState<RequestKind | null>(null);
  const { data, error, loading, reload } = useRemote(() => fetchInbox(kind ? { box, kind } : { box }), [box, kind]);
  // Back from a case: what was handled there leaves 待处理.
  useReloadOnReturn(reload);
  usePullToRefresh(reload);

  return { box, kind, data, error, loading, setBox, setKind, reload };
}
