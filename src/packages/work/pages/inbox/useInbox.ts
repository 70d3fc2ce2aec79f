/** The inbox's data: one box of one kind, reloaded on show and on pull-down. */
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxBox, InboxData } from '../../../../../types/api';
import type { RequestKind } from '../../../../../types/requests';
import type { CloudError } from '../../../../services/cloud';
import { fetchInbox } from '../../../../services/work/fetchInbox';
import { asError } from '../../shared/errors';

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
  const [data, setData] = useState<InboxData | null>(null);
  const [error, setError] = useState<CloudError | null>(null);
  const [loading, setLoading] = useState(true);
  const seq = useRef(0);
  const shown = useRef(false);

  const reload = useCallback(async () => {
    const mine = ++seq.current;
    setLoading(true);
    setError(null);
    try {
      const reply = await fetchInbox(kind ? { box, kind } : { box });
      if (mine === seq.current) setData(reply);
    } catch (err) {
      if (mine === seq.current) setError(asError(err));
    } finally {
      if (mine === seq.current) setLoading(false);
    }
  }, [box, kind]);

  useEffect(() => {
    void reload();
  }, [reload]);

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
