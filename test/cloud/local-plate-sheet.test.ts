/**
 * The printable plate sheet on the local runtime: admin.plateSheet answers a link the browser downloads as a PDF
 * (A4, six plates a page) that a PDF reader opens, shows each plate's post name, village, post id and the slogan,
 * and whose QR codes decode to the plate links. Only an admin may ask, only inside their scope.
 */
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { blankGlyphs, pageImages, pageText } from '../support/pdf-text';
import { postsIn, withNetwork, TOWNSHIP } from './admin-posts-fixture';

// A PDF with fonts and images takes a second or two on a loaded two-core machine.
jest.setTimeout(60_000);

const n = withNetwork();

async function sheetOf(postIds: string[]) {
  const res = await n.township.call('admin', { action: 'plateSheet', postIds });
  expect(res.status).toBe(200);
  const file = res.json.data.file as { url: string; filename: string };
  // The sheet opens to the admin who made it (their session), not to the link alone.
  expect((await fetch(`${n.h.url}${file.url}`)).status).toBe(404);
  const got = await fetch(`${n.h.url}${file.url}`, { headers: { cookie: n.township.cookieHeader() } });
  expect(got.status).toBe(200);
  expect(got.headers.get('content-type')).toBe('application/pdf');
  return { reply: res.json.data, file, doc: await PDFDocument.load(new Uint8Array(await got.arrayBuffer())) };
}

test('13 posts make a 3-page A4 PDF with each post name, village, id and the slogan, QR codes decoding to the plates', async () => {
  const posts = postsIn(TOWNSHIP, 'active').slice(0, 13);
  const { reply, file, doc } = await sheetOf(posts.map((p) => p.id));
  expect(reply).toMatchObject({ plates: 13, pages: 3, withoutCode: [] });
  expect(file.filename).toMatch(/先锋岗二维码牌\.pdf$/);
  expect(doc.getPageCount()).toBe(3);
  const [w, h] = [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()];
  expect([Math.round(w), Math.round(h)]).toEqual([595, 842]);
  const text = doc.getPages().flatMap((page) => pageText(doc, page));
  for (const p of posts) {
    expect(text).toContain(p.name);
    expect(text).toContain(`编号 ${p.id}`);
  }
  expect(text.filter((t) => t === '「微信扫一扫 法律全知晓」')).toHaveLength(13);
  expect(text.filter((t) => t === '公共法律服务先锋岗')).toHaveLength(13);
  expect(text.some((t) => / · /.test(t))).toBe(true);
  // Every character drawn has an outline in the embedded (subset) font: nothing prints as a blank.
  expect(doc.getPages().flatMap((page) => blankGlyphs(doc, page))).toEqual([]);

  // Plate links are built from the public URL (http://localhost:<port> when PUBLIC_URL is unset), never the Host header.
  const host = `localhost:${new URL(n.h.url).port}`;
  const decoded = doc.getPages().flatMap((page) =>
    pageImages(doc, page).map((img) => {
      const rgba = new Uint8ClampedArray(img.width * img.height * 4);
      for (let i = 0; i < img.width * img.height; i++) {
        rgba.set([img.rgb[3 * i], img.rgb[3 * i + 1], img.rgb[3 * i + 2], 255], 4 * i);
      }
      return jsQR(rgba, img.width, img.height)?.data;
    }),
  );
  expect(decoded.sort()).toEqual(posts.map((p) => `http://${host}/s/${p.id}`).sort());
});

test('a second sheet replaces the first: its link stops working', async () => {
  const posts = postsIn(TOWNSHIP, 'active');
  const first = await sheetOf([posts[0].id]);
  await sheetOf([posts[1].id]);
  const own = { headers: { cookie: n.township.cookieHeader() } };
  expect((await fetch(`${n.h.url}${first.file.url}`, own)).status).toBe(404);
});

test('residents are refused; a post outside the scope is refused', async () => {
  const outside = postsIn('2208', 'active').find((p) => !p.villageCode.startsWith(TOWNSHIP))!;
  const res = await n.township.call('admin', { action: 'plateSheet', postIds: [outside.id] });
  expect(res.status).toBe(403);
  const anon = await fetch(`${n.h.url}/api/admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'plateSheet', postIds: [outside.id] }),
  });
  expect(anon.status).toBe(401);
});
