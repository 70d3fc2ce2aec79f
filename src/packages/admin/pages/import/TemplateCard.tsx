/** 下载导入模板: a CSV download on H5; on WeChat (no downloads to a computer) the columns and a copy button. */
import { Button, Text, View } from '@tarojs/components';
import { IMPORT_COLUMNS } from '~/types/api';
import { copyText } from '../../shared/feedback';
import { STRINGS } from './strings';
import { downloadTemplate } from './template';

/** The card (class `import-template`). */
export function TemplateCard() {
  if (process.env.TARO_ENV !== 'weapp') {
    return (
      <View className="card import-template">
        <Text className="muted">{STRINGS.intro}</Text>
        <Button className="btn btn-secondary template-download" onClick={downloadTemplate}>
          {STRINGS.template}
        </Button>
      </View>
    );
  }
  const copy = () => copyText(IMPORT_COLUMNS.join(','), STRINGS.copied);
  return (
    <View className="card import-template">
      <Text className="muted">{STRINGS.intro}</Text>
      <Text className="field-label">{STRINGS.templateColumns}</Text>
      <Text className="template-columns">{IMPORT_COLUMNS.join('，')}</Text>
      <Button className="btn btn-secondary template-copy" onClick={copy}>
        {STRINGS.copyHeader}
      </Button>
    </View>
  );
}
