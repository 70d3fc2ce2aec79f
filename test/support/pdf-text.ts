/**
 * Reads a PDF the way a person's viewer would, for tests: pages (pdf-lib load), the text drawn on each page (the
 * glyph codes of its `Tj` operators mapped through each font's ToUnicode CMap), and its images (XObjects).
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';

function bytesOf(doc: PDFDocument, obj: PDFObject | undefined): string {
  const o = obj instanceof PDFRef ? doc.context.lookup(obj) : obj;
  if (o instanceof PDFRawStream) return Buffer.from(decodePDFRawStream(o).decode()).toString('latin1');
  if (o instanceof PDFArray)
    return o
      .asArray()
      .map((x) => bytesOf(doc, x))
      .join('\n');
  return '';
}

/** Glyph code → text of a ToUnicode CMap (bfchar and bfrange entries). */
function cmapOf(text: string): Map<number, string> {
  const map = new Map<number, string>();
  const hex = (h: string) => Buffer.from(h, 'hex').swap16().toString('utf16le');
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1], 16), hex(m[2]));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const [lo, hi, first] = [parseInt(m[1], 16), parseInt(m[2], 16), hex(m[3])];
      for (let c = lo; c <= hi; c++) map.set(c, String.fromCodePoint(first.codePointAt(0)! + (c - lo)));
    }
  }
  return map;
}

function resource(page: PDFPage, kind: string): PDFDict | undefined {
  const res = page.node.Resources();
  const d = res?.lookup(PDFName.of(kind));
  return d instanceof PDFDict ? d : undefined;
}

/** The text lines drawn on a page, in drawing order. */
export function pageText(doc: PDFDocument, page: PDFPage): string[] {
  const fonts = new Map<string, Map<number, string>>();
  const fontDict = resource(page, 'Font');
  for (const [name, ref] of fontDict?.entries() ?? []) {
    const font = doc.context.lookup(ref) as PDFDict;
    fonts.set(name.asString(), cmapOf(bytesOf(doc, font.get(PDFName.of('ToUnicode')))));
  }
  const content = bytesOf(doc, page.node.get(PDFName.of('Contents')));
  const lines: string[] = [];
  let cmap = new Map<number, string>();
  for (const m of content.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
    if (m[1]) cmap = fonts.get(m[1]) ?? new Map();
    else {
      const codes = m[2].match(/.{4}/g) ?? [];
      lines.push(codes.map((c) => cmap.get(parseInt(c, 16)) ?? '\ufffd').join(''));
    }
  }
  return lines;
}

/** The image XObjects of a page: their pixel size and decoded RGB samples. */
export function pageImages(doc: PDFDocument, page: PDFPage): Array<{ width: number; height: number; rgb: Buffer }> {
  const xobjects = resource(page, 'XObject');
  const out: Array<{ width: number; height: number; rgb: Buffer }> = [];
  for (const [, ref] of xobjects?.entries() ?? []) {
    const stream = doc.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) continue;
    const dict = stream.dict;
    if (dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const num = (k: string) => Number(dict.get(PDFName.of(k))?.toString());
    out.push({ width: num('Width'), height: num('Height'), rgb: Buffer.from(decodePDFRawStream(stream).decode()) });
  }
  return out;
}
