/**
 * 生成PDF: the plates as a printable A4 PDF made by the admin function (six to a page, as the printed sheet), opened
 * in WeChat's document viewer (its menu forwards or prints, also on WeChat for PC) or downloaded on H5. A sheet of
 * more than 200 plates (an import) comes as several PDFs, one button each.
 */
import { Button, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { openAdminFile } from '~/src/services/admin/adminFile';
import { plateSheet } from '~/src/services/admin/plateSheet';
import { STRINGS } from './strings';
import { PLATES_PER_CALL, type PlatesSource } from './usePlates';

function partsOf(source: PlatesSource): PlatesSource[] {
  if ('townshipCode' in source) return [source];
  const parts: PlatesSource[] = [];
  for (let i = 0; i < source.postIds.length; i += PLATES_PER_CALL) {
    parts.push({ postIds: source.postIds.slice(i, i + PLATES_PER_CALL) });
  }
  return parts;
}

/** The buttons (class `plates-pdf`); `label` is 生成PDF on WeChat, 下载PDF on H5. */
export function PdfButtons({ source, label }: { source: PlatesSource; label: string }) {
  const [busy, setBusy] = useState<number | null>(null);
  const parts = partsOf(source);
  const run = async (i: number) => {
    if (busy !== null) return;
    setBusy(i);
    try {
      const sheet = await plateSheet(parts[i]);
      await openAdminFile(sheet.file, 'pdf');
      if (sheet.withoutCode.length > 0) {
        await Taro.showToast({ title: STRINGS.withoutCode(sheet.withoutCode.length), icon: 'none' });
      }
    } catch (err) {
      await Taro.showToast({ title: err instanceof Error ? err.message : String(err), icon: 'none' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <View className="plates-pdf">
      {parts.map((_, i) => (
        <Button key={i} className="btn btn-primary plates-pdf-button" onClick={() => void run(i)}>
          {busy === i
            ? STRINGS.pdfMaking
            : parts.length > 1
              ? STRINGS.pdfPart(i + 1, i * PLATES_PER_CALL + 1, Math.min((i + 1) * PLATES_PER_CALL, count(source)))
              : label}
        </Button>
      ))}
    </View>
  );
}

function count(source: PlatesSource): number {
  return 'postIds' in source ? source.postIds.length : 0;
}
