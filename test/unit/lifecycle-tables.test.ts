/** The transition tables of the three request kinds: what a worker, a resident and the timer may do, and when. */
import {
  actionsAt,
  allows,
  FINAL_STATUSES,
  LIFECYCLES,
  MEDIATION_STEPS,
  nextOf,
  stepIndex,
  TODO_STATUSES,
  type AnyLifecycle,
} from '~/types/lifecycle';
import { REQUEST_STATUSES, type RequestKind, type RequestStatus } from '~/types/requests';

const KINDS = Object.keys(LIFECYCLES) as RequestKind[];
const life = (kind: RequestKind): AnyLifecycle => LIFECYCLES[kind];
const statusesOf = (kind: RequestKind) => Object.keys(life(kind).statuses) as RequestStatus[];

/** Every status reachable from the start by following the table's moves. */
function reachable(kind: RequestKind): Set<RequestStatus> {
  const seen = new Set<RequestStatus>([life(kind).start]);
  const queue = [life(kind).start];
  while (queue.length > 0) {
    const status = queue.shift() as RequestStatus;
    for (const move of Object.values(life(kind).statuses[status]?.actions ?? {}))
      for (const to of move.to.filter((t) => !seen.has(t))) {
        seen.add(to);
        queue.push(to);
      }
  }
  return seen;
}

test.each(KINDS)('every %s status is reachable from where a new request starts', (kind) => {
  expect([...reachable(kind)].sort()).toEqual(statusesOf(kind).sort());
});

test.each(KINDS)('a final %s status has no exit, and every other status has one', (kind) => {
  for (const status of statusesOf(kind)) {
    const rule = life(kind).statuses[status]!;
    expect([status, Object.keys(rule.actions).length > 0]).toEqual([status, !rule.final]);
  }
});

test('every move of every table leads to a status of its own kind with a Chinese label', () => {
  for (const kind of KINDS)
    for (const rule of Object.values(life(kind).statuses))
      for (const move of Object.values(rule?.actions ?? {}))
        for (const to of move.to) {
          expect(statusesOf(kind)).toContain(to);
          expect(REQUEST_STATUSES[to]).toMatch(/[\u4e00-\u9fff]/);
        }
});

test('a question: a worker answers, asks for more, hands over and closes; the resident supplements and rates', () => {
  expect(actionsAt('question', 'pending', ['worker'])).toEqual(['answer', 'askMore', 'handOver', 'close']);
  expect(actionsAt('question', 'needMore', ['worker'])).toEqual(['answer', 'handOver']);
  expect(actionsAt('question', 'answered', ['worker'])).toEqual(['answer', 'handOver', 'close']);
  expect(actionsAt('question', 'closed', ['worker'])).toEqual([]);
  expect(nextOf('question', 'needMore', 'supplement')).toEqual(['pending']);
  expect(allows('question', 'needMore', 'supplement', 'worker')).toBe(false);
  expect(allows('question', 'closed', 'rate', 'owner')).toBe(true);
  expect(allows('question', 'pending', 'escalate', 'timer')).toBe(true);
  expect(allows('question', 'answered', 'escalate', 'timer')).toBe(false);
});

test('a mediation case moves one step at a time, and 未达成协议 still gets its revisit', () => {
  expect(nextOf('mediation', 'submitted', 'advance')).toEqual(['accepted']);
  expect(nextOf('mediation', 'mediating', 'advance')).toEqual(['agreed', 'failed']);
  expect(nextOf('mediation', 'failed', 'advance')).toEqual(['revisited']);
  expect(allows('mediation', 'accepted', 'advance', 'worker', 'agreed')).toBe(false);
  expect(actionsAt('mediation', 'revisited', ['worker'])).toEqual([]);
  expect(actionsAt('mediation', 'accepted', ['worker', 'assignedStaff'])).toEqual(['advance']);
});

test('the steps the app draws follow the mediation table, with 未达成协议 on the agreement step', () => {
  for (let i = 0; i + 1 < MEDIATION_STEPS.length; i++)
    expect(nextOf('mediation', MEDIATION_STEPS[i], 'advance')).toContain(MEDIATION_STEPS[i + 1]);
  expect(stepIndex('failed')).toBe(stepIndex('agreed'));
  expect(stepIndex('submitted')).toBe(-1);
});

test('a legal-aid application: decisions by any worker in scope, full numbers only for the assigned staff', () => {
  expect(actionsAt('aid', 'submitted', ['worker'])).toEqual(['startReview', 'approve', 'decline', 'askMore']);
  expect(actionsAt('aid', 'reviewing', ['worker', 'assignedStaff'])).toEqual([
    'approve',
    'decline',
    'askMore',
    'reveal',
  ]);
  expect(actionsAt('aid', 'declined', ['worker', 'assignedStaff'])).toEqual(['reveal']);
  expect(actionsAt('aid', 'needMore', ['worker'])).toEqual([]);
  expect(nextOf('aid', 'needMore', 'supplement')).toEqual(['reviewing']);
  expect(allows('aid', 'approved', 'rate', 'owner')).toBe(false);
});

test('a status another kind never has allows nothing', () => {
  expect(actionsAt('question', 'reviewing', ['worker', 'owner', 'timer'])).toEqual([]);
  expect(nextOf('aid', 'pending', 'answer')).toEqual([]);
});

test('final and todo statuses are read from the tables', () => {
  expect([...FINAL_STATUSES].sort()).toEqual(['approved', 'closed', 'declined', 'revisited']);
  expect([...TODO_STATUSES].sort()).toEqual(
    ['accepted', 'agreed', 'failed', 'investigating', 'mediating', 'pending', 'reviewing', 'submitted'].sort(),
  );
});
