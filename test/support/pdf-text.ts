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

/** The embedded font program of a Type0 font (FontFile2 of its descendant), as fontkit reads it. */
function fontProgram(doc: PDFDocument, font: PDFDict): { getGlyph(id: number): { path: { commands: unknown[] } } } {
  const descendant = doc.context.lookup((font.get(PDFName.of('DescendantFonts')) as PDFArray).get(0)) as PDFDict;
  const descriptor = doc.context.lookup(descendant.get(PDFName.of('FontDescriptor'))) as PDFDict;
  const file = doc.context.lookup(descriptor.get(PDFName.of('FontFile2'))) as PDFRawStream;
  // fontkit 2 ships no types; getGlyph(id).path.commands is the outline a viewer draws.
  const fontkit = require('fontkit') as { create(b: Buffer): ReturnType<typeof fontProgram> };
  return fontkit.create(Buffer.from(decodePDFRawStream(file).decode()));
}

/** True when glyph `id` draws something; a glyph a reader cannot even decode draws nothing. */
function hasOutline(program: ReturnType<typeof fontProgram>, id: number): boolean {
  try {
    return program.getGlyph(id).path.commands.length > 0;
  } catch {
    return false;
  }
}

/**
 * The characters drawn on a page whose glyph in the embedded font has no outline: what a viewer shows as blank.
 * Whitespace is left out (its glyph is empty by design).
 */
export function blankGlyphs(doc: PDFDocument, page: PDFPage): string[] {
  const fonts = new Map<string, { cmap: Map<number, string>; program: ReturnType<typeof fontProgram> }>();
  for (const [name, ref] of resource(page, 'Font')?.entries() ?? []) {
    const font = doc.context.lookup(ref) as PDFDict;
    fonts.set(name.asString(), {
      cmap: cmapOf(bytesOf(doc, font.get(PDFName.of('ToUnicode')))),
      program: fontProgram(doc, font),
    });
  }
  const content = bytesOf(doc, page.node.get(PDFName.of('Contents')));
  const blank: string[] = [];
  let font: { cmap: Map<number, string>; program: ReturnType<typeof fontProgram> } | undefined;
  for (const m of content.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
    if (m[1]) font = fonts.get(m[1]);
    else if (font) {
      for (const code of (m[2].match(/.{4}/g) ?? []).map((c) => parseInt(c, 16))) {
        const char = font.cmap.get(code) ?? '\ufffd';
        if (!/\s/.test(char) && !hasOutline(font.program, code)) blank.push(char);
      }
    }
  }
  return blank;
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
