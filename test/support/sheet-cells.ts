/**
 * The cells of an exported file as a spreadsheet reads them: a CSV parsed by papaparse (the BOM dropped), an xlsx
 * unzipped by fflate with its shared and inline strings resolved, and the count of formula elements it holds.
 */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';

/** The rows of a CSV text. */
export function csvCells(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return parsed.data;
}

/** XML text as written back to characters. */
export const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&amp;/g, '&');

/** The cell texts of every sheet of a workbook, row by row, and how many cells hold a formula (`<f>`). */
export function xlsxCells(xlsx: Buffer): { rows: string[][]; formulas: number } {
  const files = unzipSync(new Uint8Array(xlsx));
  const shared = sharedStrings(files);
  const rows: string[][] = [];
  let formulas = 0;
  for (const name of Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    const xml = strFromU8(files[name]);
    formulas += (xml.match(/<f[ >/]/g) ?? []).length;
    for (const row of xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
      rows.push(
        [...row[1].matchAll(/<c([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)].map((c) => {
          const inner = c[2] ?? '';
          const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(inner)?.[1] ?? '';
          return /t="s"/.test(c[1]) ? shared[Number(v)] : unescapeXml(v);
        }),
      );
    }
  }
  return { rows, formulas };
}

/** The shared strings of an unzipped workbook, in order, as text. */
export function sharedStrings(files: Record<string, Uint8Array>): string[] {
  return files['xl/sharedStrings.xml']
    ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        [...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''),
      )
    : [];
}
