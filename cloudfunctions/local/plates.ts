/**
 * The local runtime's plate maker: LOCAL_PLATES' links and SVG route, plus PNG codes of the plate links
 * (`<base>/s/<postId>`) for the printable PDF, where the base is the host the admin used (as /qr/ does).
 */
import QRCode from 'qrcode';
import { LOCAL_PLATES, type PlateMaker } from '../domain/context';

/** The local plate maker for links on `base` (e.g. http://127.0.0.1:8080). */
export function localPlateMaker(base: string): PlateMaker {
  return {
    ...LOCAL_PLATES,
    async pngs(postIds) {
      const out = new Map<string, Buffer>();
      for (const id of postIds) {
        // Level M and a 2-module quiet zone, as the SVG route draws them; whole pixels per module (`scale`, not
        // `width`) keep the edges sharp when the PDF scales the image to 45 mm, and are much faster to draw.
        const png = await QRCode.toBuffer(`${base}/s/${encodeURIComponent(id)}`, {
          type: 'png',
          errorCorrectionLevel: 'M',
          margin: 2,
          scale: 6,
        });
        out.set(id, png);
      }
      return out;
    },
  };
}
