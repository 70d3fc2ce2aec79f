/** The payload codec: what handlers read of a stored request and what they write back, packed values included. */
import { formatPayload, payloadOf, photoCodec, stepCodec, type Step } from '~/cloudfunctions/domain/requests/payload';
import type { RequestRow } from '~/cloudfunctions/store/port';

const STEPS: Step[] = [
  { to: 'accepted', on: '2026-11-02', note: '已受理，约双方周五到调解室' },
  { to: 'agreed', on: '2026-11-06', note: '张某于月底前归还借款\n分两次' },
];

test('photo ids round-trip through the newline-joined value the store keeps', () => {
  const ids = ['f0123456789abcdef01234567', 'cloud://env-1.7065/aid/r1/a.jpg'];
  expect(photoCodec.format(ids)).toBe(ids.join('\n'));
  expect(photoCodec.parse(photoCodec.format(ids))).toEqual(ids);
  expect(photoCodec.parse('')).toEqual([]);
  expect(photoCodec.parse(null)).toEqual([]);
  expect(photoCodec.parse('a\n\nb')).toEqual(['a', 'b']);
});

test('mediation steps round-trip through one JSON string; a damaged value reads as no steps', () => {
  expect(stepCodec.parse(stepCodec.format(STEPS))).toEqual(STEPS);
  expect(stepCodec.parse('{not json')).toEqual([]);
  expect(stepCodec.parse('{"to":"accepted"}')).toEqual([]);
  expect(stepCodec.parse(undefined)).toEqual([]);
});

test('a typed write stores exactly the flat values read before the codec existed', () => {
  expect(formatPayload({ steps: STEPS, source: 'court', askedFor: null })).toEqual({
    steps: JSON.stringify(STEPS),
    source: 'court',
    askedFor: null,
  });
  expect(formatPayload({ photos: ['a', 'b'], supplements: '收据一张' })).toEqual({
    photos: 'a\nb',
    supplements: '收据一张',
  });
  expect(formatPayload({ source: undefined })).toEqual({});
});

const row = (kind: RequestRow['kind'], payload: RequestRow['payload']) => ({ kind, payload });

test('each kind reads as its own typed payload, with defaults for what was never written', () => {
  const aid = payloadOf(
    row('aid', { name: '李华', photos: 'a\nb', monthlyIncome: 900, urgent: true, askedFor: '工资条' }),
  );
  expect(aid).toMatchObject({ kind: 'aid', name: '李华', photos: ['a', 'b'], monthlyIncome: 900, urgent: true });
  expect(aid).toMatchObject({ householdSize: null, pledge: false, supplements: '', askedFor: '工资条' });
  const med = payloadOf(row('mediation', { applicantName: '王强', steps: stepCodec.format(STEPS) }));
  expect(med).toMatchObject({ kind: 'mediation', applicantName: '王强', steps: STEPS, source: '' });
  const q = payloadOf(row('question', { text: '老板不给钱怎么办', hideName: true, callbackPhone: null }));
  expect(q).toMatchObject({ kind: 'question', text: '老板不给钱怎么办', hideName: true, callbackPhone: null });
});

test('a value of the wrong type reads as absent, never as text', () => {
  const aid = payloadOf(row('aid', { name: 42, monthlyIncome: '900', photos: 7 }));
  expect(aid).toMatchObject({ name: '', monthlyIncome: null, photos: [] });
});
