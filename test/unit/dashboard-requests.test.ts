/** The funnel, answer times and service counts of the dashboard, from light request rows. */
import {
  answerFigures,
  funnelOf,
  servicesOf,
  volunteerAnswers,
} from '~/cloudfunctions/domain/admin/dashboard/requests-stats';
import { median } from '~/cloudfunctions/domain/median';
import type { RequestStatRow } from '~/cloudfunctions/store/port';

const H = 3_600_000;
let n = 0;
function row(extra: Partial<RequestStatRow>): RequestStatRow {
  n++;
  return {
    id: `r${n}`,
    kind: 'question',
    status: 'pending',
    postId: 'p1',
    villageCode: '220802001001',
    createdAt: 0,
    dueAt: 24 * H,
    answeredBy: null,
    firstAnswerAt: null,
    outcome: null,
    ...extra,
  };
}

test('median of odd and even counts, none for nothing', () => {
  expect(median([])).toBeNull();
  expect(median([5, 1, 3])).toBe(3);
  expect(median([4, 1, 3, 10])).toBe(3.5);
});

test('answer figures: median hours and the share within the promise', () => {
  const rows = [
    row({ status: 'answered', firstAnswerAt: 2 * H, answeredBy: 'v00001' }),
    row({ status: 'answered', firstAnswerAt: 30 * H, answeredBy: 'v00001' }),
    row({ status: 'closed', firstAnswerAt: 5 * H, answeredBy: 'v00002' }),
    row({}),
  ];
  expect(answerFigures(rows)).toEqual({ answered: 3, medianHours: 5, onTimePct: 66.7 });
  expect(answerFigures([])).toEqual({ answered: 0, medianHours: null, onTimePct: null });
  // Staff (openids) are not volunteers; most answers first.
  const staff = row({ status: 'answered', firstAnswerAt: H, answeredBy: 'o-staff' });
  expect(volunteerAnswers([...rows, staff], 20).map((v) => [v.volunteerId, v.answered])).toEqual([
    ['v00001', 2],
    ['v00002', 1],
  ]);
  expect(volunteerAnswers(rows, 1)).toHaveLength(1);
});

test('funnel: answered once first answered or past the first status; resolved once it reached an outcome', () => {
  const made = [
    row({}),
    row({ status: 'answered', firstAnswerAt: H }),
    row({ status: 'closed', firstAnswerAt: H }),
    row({ kind: 'mediation', status: 'submitted' }),
    row({ kind: 'mediation', status: 'mediating', firstAnswerAt: H }),
    row({ kind: 'mediation', status: 'agreed', firstAnswerAt: H, outcome: 'agreed' }),
    row({ kind: 'mediation', status: 'revisited', firstAnswerAt: H, outcome: 'agreed' }),
    row({ kind: 'aid', status: 'reviewing' }),
    row({ kind: 'aid', status: 'approved', firstAnswerAt: H }),
  ];
  expect(funnelOf(made, 100)).toEqual({ scans: 100, requests: 9, answered: 6, resolved: 4 });
  expect(servicesOf(made)).toEqual({
    mediation: { received: 4, open: 2, agreed: 2, failed: 0 },
    aid: { received: 2, open: 1, approved: 1, declined: 0 },
  });
});
