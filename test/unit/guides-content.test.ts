/** The bundled guides as content: enough of them, complete, and citing laws in the exact 《…》第…条 form. */
import fs from 'node:fs';
import path from 'node:path';
import { formatCitation, GUIDES, TOPICS, topicById } from '~/src/services/guides/catalog';
import { CONTACT_KINDS } from '~/src/services/guides/types';

const DATA = path.join(__dirname, '../../data/guides');
const CITATION = /^《[^《》]+》第[零一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?$/;

test('at least 12 topics and 40 guides, ids unique, every topic has guides', () => {
  expect(TOPICS.length).toBeGreaterThanOrEqual(12);
  expect(GUIDES.length).toBeGreaterThanOrEqual(40);
  expect(new Set(GUIDES.map((g) => g.id)).size).toBe(GUIDES.length);
  expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
  for (const t of TOPICS)
    expect({ topic: t.id, n: GUIDES.filter((g) => g.topic === t.id).length }).not.toMatchObject({ n: 0 });
});

test.each(GUIDES.map((g) => [g.id, g] as const))('%s is complete and plain', (_id, g) => {
  expect(topicById(g.topic)).not.toBeNull();
  expect(g.title).toMatch(/？$/);
  const answerChars = Array.from(g.answer).length;
  expect(answerChars).toBeGreaterThanOrEqual(150);
  expect(answerChars).toBeLessThanOrEqual(400);
  expect(g.steps.length).toBeGreaterThanOrEqual(3);
  expect(g.steps.length).toBeLessThanOrEqual(6);
  expect(g.contacts.length).toBeGreaterThan(0);
  for (const k of g.contacts) expect(CONTACT_KINDS).toContain(k);
  expect(g.case.length).toBeGreaterThan(40);
  expect(g.citations.length).toBeGreaterThanOrEqual(1);
  for (const c of g.citations) expect(formatCitation(c)).toMatch(CITATION);
  expect(new Set(g.citations.map(formatCitation)).size).toBe(g.citations.length);
  expect(g.reviewedAt).toBe('2026-12');
});

test('every data file says it is written for this product and when it was reviewed', () => {
  const files = fs.readdirSync(DATA).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThanOrEqual(14);
  for (const f of files) {
    const comment = String((JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8')) as { _comment?: string })._comment);
    expect({ f, comment }).toMatchObject({ comment: expect.stringMatching(/先锋岗.*reviewed on \d{4}-\d{2}-\d{2}/) });
  }
});
