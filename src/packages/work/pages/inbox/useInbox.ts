/** The inbox's data: one box of one kind, reloaded on show and on pull-down. */
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { InboxBox, InboxData } from '~/types/api';
import type { RequestKind } from '~/types/requests';
import { useRemote } from '~/src/hooks/useRemote';
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
  const shown = useRef(false);

  // Back from a case: what was handled there leaves 待处理 (the first show is the mount's load).
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });

  usePullDownRefresh(() => {
    void reload().finally(() => void Taro.stopPullDownRefresh());
  });

  return { box, kind, data, error, loading, setBox, setKind, reload };
}
