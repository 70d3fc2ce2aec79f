/** One request being handled: load it, send a change with its version, recover when someone else changed it. */
import Taro from '@tarojs/taro';
import { useCallback, useState } from 'react';
import type { WorkDetail } from '~/types/api';
import { useRemote } from '~/src/hooks/useRemote';
import type { CloudError } from '~/src/services/cloud';
import { fetchCase } from '~/src/services/work/fetchCase';
import { asError, messageOf } from '../../shared/errors';
import { STRINGS } from './strings';

/** Sends one change given the version the page last saw; replies with the request as it now stands. */
export type Change = (version: number) => Promise<WorkDetail>;

/** What the page draws from. */
export interface CaseState {
  detail: WorkDetail | null;
  error: CloudError | null;
  /** A page-level notice, e.g. that someone else just handled the request. */
  notice: string | null;
  reload: () => Promise<void>;
  /** Runs a change; resolves to null on success, else the Chinese message to show by the form. */
  run: (change: Change) => Promise<string | null>;
}

/** Loads request `id` on open. */
export function useCase(id: string): CaseState {
  const { data: detail, error, reload, setData: setDetail } = useRemote(id ? () => fetchCase(id) : null, [id]);
  const [notice, setNotice] = useState<string | null>(null);

  const run = useCallback(
    async (change: Change) => {
      if (!detail) return STRINGS.missingId;
      setNotice(null);
      try {
        setDetail(await change(detail.version));
        void Taro.showToast({ title: STRINGS.done, icon: 'success' });
        return null;
      } catch (err) {
        const e = asError(err);
        // Someone else acted first: nothing was written; show them what stands now.
        if (e.code === 'REQUEST_CHANGED' || e.code === 'INVALID_TRANSITION' || e.code === 'REQUEST_CLOSED') {
          setNotice(e.code === 'REQUEST_CHANGED' ? STRINGS.changed : messageOf(e));
          await reload();
        }
        return messageOf(e);
      }
    },
    [detail, reload, setDetail],
  );

  return { detail, error, notice, reload, run };
}
