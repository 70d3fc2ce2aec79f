/**
 * How a workbook stores each cell that holds text: as a string of the workbook (shared or inline, which no
 * spreadsheet runs or reads as a number) or not, and whether its style formats it as text (@), which keeps it text
 * when someone edits it. Read from the xlsx's XML with fflate, as sheet-cells.ts reads the texts.
 */
import { strFromU8, unzipSync } from 'fflate';
import { sharedStrings, unescapeXml } from './sheet-cells';

/** One cell of a sheet: its text (shared strings resolved), whether it is stored as a string, and as text format. */
export interface XlsxCell {
  text: string;
  string: boolean;
  textFormat: boolean;
}

const attr = (attrs: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** Every cell of every sheet of a workbook. */
export function xlsxTextCells(xlsx: Buffer): XlsxCell[] {
  const files = unzipSync(new Uint8Array(xlsx));
  const shared = sharedStrings(files);
  const styles = files['xl/styles.xml'] ? strFromU8(files['xl/styles.xml']) : '';
  const textFormats = new Set(['49']);
  for (const m of styles.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    if (attr(m[1], 'formatCode') === '@') textFormats.add(attr(m[1], 'numFmtId') ?? '');
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const xfText = [...xfs.matchAll(/<xf\b([^>]*)>/g)].map((m) => textFormats.has(attr(m[1], 'numFmtId') ?? '0'));
  const cells: XlsxCell[] = [];
  for (const name of Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    const xml = strFromU8(files[name]);
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const type = attr(c[1], 't');
      const inner = c[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? '';
      cells.push({
        text: type === 's' ? shared[Number(v)] : unescapeXml(v),
        string: (type === 's' || type === 'inlineStr') && !/<f[ >/]/.test(inner),
        textFormat: xfText[Number(attr(c[1], 's') ?? '0')] === true,
      });
    }
  }
  return cells;
}
