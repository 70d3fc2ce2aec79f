/** 工作台: placeholder until the page lands (issue 4). */
import { Text } from '@tarojs/components';
import { PageShell } from '../../../../components/PageShell';

/** The page. */
export default function Page() {
  return (
    <PageShell>
      <Text>工作台</Text>
    </PageShell>
  );
}
