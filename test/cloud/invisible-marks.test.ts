/**
 * The characters nobody sees that names kept until now: the musical symbols' format controls (U+1D173–1D17A), the
 * shorthand format controls (U+1BCA0–1BCA3), the variation selectors (U+FE00–FE0F, U+E0100–E01EF), and a combining
 * mark at the very start of a field (with nothing to sit on). A post created and renamed through the real admin
 * actions is stored and shown without them; marks inside a word, which belong to the letter before them, stay.
 */
import { randomUUID } from 'node:crypto';
import { plainText } from '~/types/api/text';
import { Client } from '../support/local-harness';
import { withHarness } from './harness-world';

const w = withHarness({ county: 'demo-county-admin' });

const BEAM = '\u{1D173}'; // MUSICAL SYMBOL BEGIN BEAM
const PHRASE_END = '\u{1D17A}'; // MUSICAL SYMBOL END PHRASE
const SHORTHAND = '\u{1BCA0}'; // SHORTHAND FORMAT LETTER OVERLAP
const SHORTHAND_UP = '\u{1BCA3}'; // SHORTHAND FORMAT UP STEP
const VS1 = '\uFE00';
const VS16 = '\uFE0F';
const IVS = '\u{E0100}'; // VARIATION SELECTOR-17 (ideographic variants)
const IVS_LAST = '\u{E01EF}';
const ACUTE = '\u0301'; // COMBINING ACUTE ACCENT

test('plainText removes the format controls and variation selectors, and the marks that start a text', () => {
  expect(plainText(`幸${BEAM}福${PHRASE_END}村${SHORTHAND}先${SHORTHAND_UP}锋岗`)).toBe('幸福村先锋岗');
  expect(plainText(`平${VS1}安${VS16}村${IVS}岗${IVS_LAST}`)).toBe('平安村岗');
  expect(plainText(`${ACUTE}${ACUTE}平安村`)).toBe('平安村');
  expect(plainText(`  ${ACUTE} \u0308平安村`, true)).toBe('   平安村');
  // A mark inside a word is part of the letter before it (é, ü), wherever the text has one.
  expect(plainText(`Cafe${ACUTE} Mu\u0308ller`)).toBe(`Cafe${ACUTE} Mu\u0308ller`);
  expect(plainText(`${ACUTE}e${ACUTE}`)).toBe(`e${ACUTE}`);
});

test('a post created and renamed with them is stored and shown without them', async () => {
  const created = await w.county.call('admin', {
    action: 'createPost',
    requestId: randomUUID(),
    name: `${ACUTE}幸福${BEAM}村${VS16}先锋岗${IVS}`,
    address: `${SHORTHAND}村委会${VS1}东侧`,
    villageCode: w.at.post.villageCode,
    lat: w.at.post.lat + 0.002,
    lng: w.at.post.lng + 0.002,
  });
  expect(created.status).toBe(200);
  const id = created.json.data.id as string;
  expect(await w.h.store.posts.byId(id)).toMatchObject({ name: '幸福村先锋岗', address: '村委会东侧' });

  // A name of nothing else is no name.
  const blank = await w.county.call('admin', { action: 'updatePost', postId: id, name: `${ACUTE}${VS16}${BEAM}` });
  expect([blank.status, blank.json.error.message]).toEqual([400, '请填写名称']);

  w.h.clock.now += 20_000;
  const renamed = await w.county.call('admin', {
    action: 'updatePost',
    postId: id,
    name: ` \u0308${ACUTE}幸福村${PHRASE_END}先锋岗（二）`,
  });
  expect(renamed.status).toBe(200);
  const page = await new Client(w.h.url).call('scan', { action: 'land', postId: id, scanId: randomUUID() });
  expect(page.json.data.post).toMatchObject({ name: '幸福村先锋岗（二）', address: '村委会东侧' });
});
