/** 导入模板 on WeChat, which cannot save a file to a computer: the columns, and a button that copies the header. */
import { Button, Text, View } from '@tarojs/components';
import { IMPORT_COLUMNS } from '~/types/api';
import { copyText } from '../../shared/feedback';
import { STRINGS } from './strings';

/** The card (class `import-template`). */
export function TemplateCard() {
  return (
    <View className="card import-template">
      <Text className="muted">{STRINGS.intro}</Text>
      <Text className="field-label">{STRINGS.templateColumns}</Text>
      <Text className="template-columns">{IMPORT_COLUMNS.join('，')}</Text>
      <Button
        className="btn btn-secondary template-copy"
        onClick={() => copyText(IMPORT_COLUMNS.join(','), STRINGS.copied)}
      >
        {STRINGS.copyHeader}
      </Button>
    </View>
  );
}
