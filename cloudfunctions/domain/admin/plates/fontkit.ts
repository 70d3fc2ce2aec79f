/**
 * fontkit 2 as pdf-lib's font engine. pdf-lib was written against fontkit 1 (its fork @pdf-lib/fontkit), whose
 * subsets of Noto Sans SC drop the outlines of most CJK glyphs (the PDF shows blanks where 村, 服, 务 … should be;
 * test/cloud/local-plate-sheet checks every drawn glyph has an outline). fontkit 2 subsets correctly but answers
 * `encode()` where pdf-lib calls `encodeStream()`: this adapter gives its subsets that one method.
 */
import type { PDFDocument } from 'pdf-lib';

/** pdf-lib's view of a font engine. */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type PdfFont = ReturnType<Fontkit['create']>;

/** The part of a fontkit 2 subset used here. */
interface Subset2 {
  includeGlyph(glyph: unknown): number;
  encode(): Uint8Array;
}

// fontkit 2 ships no type declarations; its `create` answers a Font whose shape pdf-lib's Font describes, except
// for the subset's encode/encodeStream.
const fontkit2 = require('fontkit') as {
  create(buffer: Buffer): Omit<PdfFont, 'createSubset'> & { createSubset(): Subset2 };
};

/** The subset as pdf-lib reads it: one `data` event with the whole file, then `end`. */
function streamOf(subset: Subset2) {
  return () => {
    const handlers: { data?: (b: Uint8Array) => void; end?: (b: Uint8Array) => void } = {};
    const stream = {
      on(event: 'data' | 'end', cb: (b: Uint8Array) => void) {
        handlers[event] = cb;
        return stream;
      },
    };
    // pdf-lib registers both handlers before the first tick.
    setImmediate(() => {
      const bytes = subset.encode();
      handlers.data?.(bytes);
      handlers.end?.(bytes);
    });
    return stream;
  };
}

/** fontkit 2 behind pdf-lib's Fontkit interface. */
export const pdfFontkit: Fontkit = {
  create(buffer) {
    const font = fontkit2.create(Buffer.from(buffer));
    const createSubset = font.createSubset.bind(font);
    return Object.assign(font, {
      createSubset: () => {
        const subset = createSubset();
        return Object.assign(subset, { encodeStream: streamOf(subset) });
      },
    });
  },
};
