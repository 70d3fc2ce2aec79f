/** 删除我的数据 on the privacy page: always there, also for a resident with only drafts and no request yet. */
import { confirmFirst } from '~/src/components/confirmFirst';
import { CloudError } from '~/src/services/cloudError';
import { deleteEverything } from '~/src/services/requests/deleteEverything';
import { ActionCard } from './ActionCard';
import { STRINGS } from './strings';

const confirm = () =>
  confirmFirst({
    title: STRINGS.delete.confirmTitle,
    content: STRINGS.delete.confirmText,
    confirmText: STRINGS.delete.confirmOk,
    cancelText: STRINGS.delete.cancel,
    confirmColor: '#b71c1c',
  });

/** The delete card: asks first, clears the device, then the server; says which part failed, if any. */
export function DeleteMyData() {
  return (
    <ActionCard
      name="delete"
      text={STRINGS.delete}
      confirm={confirm}
      act={async () => {
        await deleteEverything();
        return STRINGS.delete.done;
      }}
      failed={(err) =>
        STRINGS.delete.serverFailed((err instanceof CloudError ? err : new CloudError('INTERNAL')).message)
      }
      toastDone
    />
  );
}
