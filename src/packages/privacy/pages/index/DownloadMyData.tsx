/** 下载我的数据 on the privacy page, beside 删除我的数据: one file of everything the system holds about the resident. */
import { CloudError } from '~/src/services/cloudError';
import { downloadMyData } from '~/src/services/requests/downloadMyData';
import { ActionCard } from './ActionCard';
import { STRINGS } from './strings';

/** The download card: fetches, saves, then says what the file holds (or why it failed). */
export function DownloadMyData() {
  return (
    <ActionCard
      name="download"
      text={STRINGS.download}
      act={async () => {
        const data = await downloadMyData();
        return STRINGS.download.done(data.filename, data.requests, data.notices);
      }}
      failed={(err) =>
        STRINGS.download.failed(err instanceof CloudError ? err.message : err instanceof Error ? err.message : '')
      }
    />
  );
}
