/**
 * 打印二维码牌: the plates of `?postIds=a,b`, of `?township=<9 digits>`, or of the posts just imported (`?from=import`),
 * laid out six to an A4 sheet. H5 prints the page or downloads the PDF; WeChat opens the PDF made in the cloud
 * (openDocument, whose menu forwards it or prints it on WeChat for PC).
 */
import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useMemo } from 'react';
import { PLATE_SLOGAN, type Plate } from '~/types/api';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { IS_WEAPP } from '~/src/services/platform';
import { readPlateIds } from '~/src/stores/plateIds';
import { PdfButtons } from './PdfButtons';
import { PlateCard } from './PlateCard';
import { usePrintStyle } from './printStyle';
import { STRINGS } from './strings';
import { usePlates, type PlatesSource } from './usePlates';
import './index.scss';

/** Plates per A4 sheet (2 × 3). */
export const PLATES_PER_SHEET = 6;

function sourceOf(params: Partial<Record<string, string>>): PlatesSource | null {
  const ids = decodeURIComponent(params.postIds ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (ids.length > 0) return { postIds: ids };
  if (params.township && /^\d{9}$/.test(params.township)) return { townshipCode: params.township };
  if (params.from === 'import') {
    const saved = readPlateIds();
    if (saved.length > 0) return { postIds: saved };
  }
  return null;
}

function sheetsOf(plates: Plate[]): Plate[][] {
  const out: Plate[][] = [];
  for (let i = 0; i < plates.length; i += PLATES_PER_SHEET) out.push(plates.slice(i, i + PLATES_PER_SHEET));
  return out;
}

/** The page. */
export default function PlatesPage() {
  const params = useRouter().params;
  const key = `${params.postIds ?? ''}|${params.township ?? ''}|${params.from ?? ''}`;
  const source = useMemo(() => sourceOf(params), [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const { data, error, retry } = usePlates(source, key);
  usePrintStyle(!IS_WEAPP);

  let body;
  if (!source) body = <StateView kind="error" title={STRINGS.nothing} />;
  else if (error) body = <StateView kind="error" error={error} title={error.message} onRetry={retry} />;
  else if (!data) body = <StateView kind="loading" title={STRINGS.loading} />;
  else if (data.plates.length === 0) body = <StateView kind="empty" title={STRINGS.empty} />;
  else {
    const slogan = data.slogan || PLATE_SLOGAN;
    body = (
      <>
        <View className="card plates-head no-print">
          <Text className="plates-title">{data.title}</Text>
          <Text className="plates-count">{STRINGS.count(data.plates.length)}</Text>
          {IS_WEAPP ? (
            <>
              <Text className="plates-weapp-note">{STRINGS.weappNote}</Text>
              <PdfButtons source={source} label={STRINGS.pdf} />
            </>
          ) : (
            <>
              <Text className="muted plates-print-hint">{STRINGS.printHint}</Text>
              <Button className="btn btn-primary plates-print" onClick={() => window.print()}>
                {STRINGS.print}
              </Button>
              <PdfButtons source={source} label={STRINGS.pdfDownload} />
            </>
          )}
        </View>
        {sheetsOf(data.plates).map((sheet, i) => (
          <View key={i} className="plate-sheet">
            {sheet.map((p) => (
              <PlateCard key={p.postId} plate={p} slogan={slogan} canSave={IS_WEAPP} />
            ))}
          </View>
        ))}
      </>
    );
  }
  return <PageShell className="plates-page">{body}</PageShell>;
}
