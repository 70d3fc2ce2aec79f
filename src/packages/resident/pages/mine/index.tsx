/** 我的诉求: the resident's own requests, newest first, and a way to delete them all. */
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { confirmFirst } from '~/src/components/confirmFirst';
import { usePullToRefresh, useReloadOnReturn } from '~/src/hooks/useRefresh';
// PageShell's styles first, as on the main pages: one CSS order across every chunk.
import { ResidentPage } from '../../shared/ResidentPage';
import { ListState, StateView } from '~/src/components/StateView';
import { CloudError } from '~/src/services/cloud';
import { deleteEverything } from '~/src/services/requests/deleteEverything';
import { RequestItem } from './RequestItem';
import { STRINGS } from './strings';
import { useMyRequests } from './useMyRequests';
import './index.scss';

function toast(title: string) {
  Taro.showToast({ title, icon: 'none', duration: 2000 }).catch(() => undefined);
}

/** The list page. */
export default function MinePage() {
  const { requests, loading, error, reload } = useMyRequests();
  // Back from a request (supplemented, rated, withdrawn there) and a pull down: the statuses shown are the server's.
  useReloadOnReturn(reload);
  usePullToRefresh(reload);

  const confirmDelete = async () => {
    if (
      !(await confirmFirst({
        title: STRINGS.confirmTitle,
        content: STRINGS.confirmText,
        confirmText: STRINGS.confirmOk,
        cancelText: STRINGS.cancel,
        confirmColor: '#b71c1c',
      }))
    )
      return;
    try {
      await deleteEverything();
      toast(STRINGS.deleted);
      await reload();
    } catch (err) {
      toast((err instanceof CloudError ? err : new CloudError('INTERNAL')).message);
    }
  };

  return (
    <ResidentPage className="mine-page">
      <ListState items={requests} error={error} onRetry={() => void reload()} text={STRINGS}>
        {(shown) => (
          <>
            {error && !loading ? (
              <StateView kind="error" error={error} title={STRINGS.loadError} onRetry={() => void reload()} />
            ) : null}
            <View className="request-list">
              {shown.map((r) => (
                <RequestItem key={r.id} request={r} />
              ))}
            </View>
            <Button className="btn btn-secondary delete-my-data" onClick={() => void confirmDelete()}>
              {STRINGS.deleteAll}
            </Button>
          </>
        )}
      </ListState>
    </ResidentPage>
  );
}
