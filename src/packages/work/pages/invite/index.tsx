/** 接受邀请: placeholder until the page lands (issue 4). */
import { Text } from '@tarojs/components';
import { PageShell } from '../../../../components/PageShell';

/** The page. */
export default function Page() {
  return (
    <PageShell>
      <Text>接受邀请</Text>
    </PageShell>
  );
}
