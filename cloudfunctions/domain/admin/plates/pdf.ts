/**
 * The printable plate sheet as a PDF (pdf-lib, the CJK font subset-embedded so the file stays small): A4 pages of
 * 2 × 3 plates with 10 mm margins, each plate as the H5 print sheet lays it out: a red border, 公共法律服务先锋岗,
 * the QR code (45 mm), the post's name, township · village, the slogan 「微信扫一扫 法律全知晓」 and the post id.
 */
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
import type { PlatesData } from '~/types/api/network';
import { plateFont } from './font';
import { pdfFontkit } from './fontkit';

/** Plates per A4 page (2 columns × 3 rows), as the H5 sheet. */
export const PLATES_PER_PAGE = 6;
/** Texts printed on each plate. */
export const PDF_TEXT = {
  heading: '公共法律服务先锋岗',
  slogan: (s: string) => `「${s}」`,
  where: (township: string, village: string) => [township, village].filter(Boolean).join(' · '),
  id: (id: string) => `编号 ${id}`,
  noCode: '二维码暂未生成',
} as const;

const MM = 72 / 25.4;
const A4: [number, number] = [210 * MM, 297 * MM];
const MARGIN = 10 * MM;
const GAP = 4 * MM;
const CELL_W = (A4[0] - 2 * MARGIN - GAP) / 2;
const CELL_H = (A4[1] - 2 * MARGIN - 2 * GAP) / 3;
const QR = 45 * MM;
const RED = rgb(0.718, 0.11, 0.11);
const INK = rgb(0.13, 0.13, 0.13);
const GREY = rgb(0.4, 0.4, 0.4);

/** A line centred in the cell at baseline `y`, shrunk to fit the cell's width. */
function line(page: PDFPage, font: PDFFont, text: string, cx: number, y: number, size: number, color = INK) {
  const max = CELL_W - 8 * MM;
  const fit = Math.min(size, (size * max) / Math.max(1, font.widthOfTextAtSize(text, size)));
  page.drawText(text, { x: cx - font.widthOfTextAtSize(text, fit) / 2, y, size: fit, font, color });
}

function roundedRect(w: number, h: number, r: number): string {
  return `M ${r} 0 H ${w - r} Q ${w} 0 ${w} ${r} V ${h - r} Q ${w} ${h} ${w - r} ${h} H ${r} Q 0 ${h} 0 ${h - r} V ${r} Q 0 0 ${r} 0 Z`;
}

function drawPlate(
  page: PDFPage,
  font: PDFFont,
  slot: number,
  plate: PlatesData['plates'][number],
  slogan: string,
  image: PDFImage | undefined,
) {
  const left = MARGIN + (slot % 2) * (CELL_W + GAP);
  const top = A4[1] - MARGIN - Math.floor(slot / 2) * (CELL_H + GAP);
  // drawSvgPath's y axis points down from the given origin, as SVG's does.
  page.drawSvgPath(roundedRect(CELL_W, CELL_H, 3 * MM), {
    x: left,
    y: top,
    borderColor: RED,
    borderWidth: 0.6 * MM,
  });
  const cx = left + CELL_W / 2;
  let y = top - 11 * MM;
  line(page, font, PDF_TEXT.heading, cx, y, 16, RED);
  y -= 3 * MM + QR;
  if (image) page.drawImage(image, { x: cx - QR / 2, y, width: QR, height: QR });
  else line(page, font, PDF_TEXT.noCode, cx, y + QR / 2, 11, GREY);
  y -= 7 * MM;
  line(page, font, plate.name, cx, y, 13);
  y -= 5.5 * MM;
  line(page, font, PDF_TEXT.where(plate.townshipName, plate.villageName), cx, y, 10, GREY);
  y -= 7.5 * MM;
  line(page, font, PDF_TEXT.slogan(slogan), cx, y, 15, RED);
  y -= 5 * MM;
  line(page, font, PDF_TEXT.id(plate.postId), cx, y, 8, GREY);
}

/** The PDF of `data`'s plates with their QR images (PNG bytes by post id). */
export async function platesPdf(data: PlatesData, pngs: Map<string, Buffer>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(pdfFontkit);
  doc.setTitle(data.title);
  doc.setCreator('先锋岗');
  const font = await doc.embedFont(plateFont(), { subset: true });
  for (let i = 0; i < data.plates.length; i++) {
    const page = i % PLATES_PER_PAGE === 0 ? doc.addPage(A4) : doc.getPage(doc.getPageCount() - 1);
    const plate = data.plates[i];
    const png = pngs.get(plate.postId);
    const image = png ? await doc.embedPng(png) : undefined;
    drawPlate(page, font, i % PLATES_PER_PAGE, plate, data.slogan, image);
  }
  // Object streams make the file smaller; every PDF reader since 1.5 reads them.
  return doc.save({ useObjectStreams: true });
}
