/** 下载导入模板 on H5: the template saved as a CSV file. */
import { Button, Text, View } from '@tarojs/components';
import { STRINGS } from './strings';
import { downloadTemplate } from './template';

/** The card (class `import-template`). */
export function TemplateCard() {
  return (
    <View className="card import-template">
      <Text className="muted">{STRINGS.intro}</Text>
      <Button className="btn btn-secondary template-download" onClick={downloadTemplate}>
        {STRINGS.template}
      </Button>
    </View>
  );
}
