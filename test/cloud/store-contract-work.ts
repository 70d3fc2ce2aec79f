/**
 * The store contract, part 4: handling requests (办理). Compare-and-set changes, the work lists of assignees,
 * questions coming due, a worker's own answers and the audit log. Outbox, invites, templates and people are in
 * store-contract-records.ts. Registered by store-contract.ts inside each adapter's describe.
 */
import type { TimelineEntry } from '~/types/api/requests';
import type { RequestChange, RequestRow, Store } from '~/cloudfunctions/store/port';
import { COUNTY, TOWNSHIP_A, UNHANDLED, VILLAGE_A1 } from './store-fixture';

const T0 = Date.UTC(2026, 10, 28, 2);
const HOUR = 3600 * 1000;
const FIRST: TimelineEntry[] = [{ at: T0, status: 'pending', by: '先锋岗', note: '已转交' }];

/** Request number `n` (ids sort by n), a pending question of post P001 unless `over` says otherwise. */
export function workRequest(n: number, over: Partial<RequestRow> = {}): RequestRow {
  return {
    id: `r${String(n).padStart(24, '0')}`,
    kind: 'question',
    owner: `o-${n}`,
    clientId: `c-${n}`,
    postId: 'P001',
    villageCode: VILLAGE_A1,
    townshipCode: TOWNSHIP_A,
    countyCode: COUNTY,
    assignee: 'post:P001',
    status: 'pending',
    title: `法律咨询 ${n}`,
    payload: { text: '老板拖欠工资怎么办', phone: 'v1:encrypted' },
    createdAt: T0,
    updatedAt: T0,
    dueAt: T0 + 24 * HOUR,
    ...UNHANDLED,
    ...over,
  };
}

const ids = (rows: { id: string }[]) => rows.map((r) => Number(r.id.slice(1)));

const ANSWER: RequestChange = {
  at: T0 + HOUR,
  status: 'answered',
  payload: { phone: null, answeredVia: 'app' },
  answeredBy: 'V1',
  firstAnswerAt: T0 + HOUR,
  event: { at: T0 + HOUR, status: 'answered', by: '法律明白人 张三', note: '已答复' },
  answer: { at: T0 + HOUR, by: '法律明白人 张三', text: '可以向劳动监察大队投诉。', guideIds: ['g-wages'] },
};

/** Registers the handling cases; `current` gives the test's fresh store. */
export function workContract(current: () => Store): void {
  describe('changing a request (compare-and-set)', () => {
    it('applies a change: fields set, payload merged, version up, history and answer appended', async () => {
      const store = current();
      const r = workRequest(1);
      await store.requests.create(r, FIRST);
      expect(await store.requests.update(r.id, 1, ANSWER)).toBe('ok');
      expect(await store.requests.byId(r.id)).toEqual({
        ...r,
        status: 'answered',
        payload: { text: '老板拖欠工资怎么办', phone: null, answeredVia: 'app' },
        updatedAt: T0 + HOUR,
        version: 2,
        answeredBy: 'V1',
        firstAnswerAt: T0 + HOUR,
        timeline: [...FIRST, ANSWER.event],
        answers: [ANSWER.answer],
      });
      // A later change without those fields leaves them as they are.
      const rate: RequestChange = { at: T0 + 2 * HOUR, rating: 5, ratingWord: '很有帮助' };
      expect(await store.requests.update(r.id, 2, rate)).toBe('ok');
      const after = await store.requests.byId(r.id);
      expect(after).toMatchObject({ status: 'answered', answeredBy: 'V1', rating: 5, ratingWord: '很有帮助' });
      expect(after).toMatchObject({ version: 3, updatedAt: T0 + 2 * HOUR, assignee: 'post:P001' });
      expect(after?.timeline).toHaveLength(2);
      expect(after?.answers).toEqual([ANSWER.answer]);
    });

    it('two workers acting on the same version: one wins, the other is told it changed, one entry added', async () => {
      const store = current();
      const r = workRequest(1);
      await store.requests.create(r, FIRST);
      const handOver: RequestChange = {
        at: T0 + 2 * HOUR,
        assignee: 'J01',
        status: 'pending',
        event: { at: T0 + 2 * HOUR, status: 'pending', by: '法律明白人 李四', note: '转交司法所' },
      };
      const outcomes = await Promise.all([
        store.requests.update(r.id, 1, ANSWER),
        store.requests.update(r.id, 1, handOver),
      ]);
      expect([...outcomes].sort()).toEqual(['ok', 'stale']);
      const stored = await store.requests.byId(r.id);
      expect(stored?.version).toBe(2);
      expect(stored?.timeline).toHaveLength(2);
      const winner = outcomes[0] === 'ok' ? ANSWER : handOver;
      expect(stored?.timeline[1]).toEqual(winner.event);
      expect(stored?.answers).toHaveLength(winner.answer ? 1 : 0);
      // A retry against the current version goes through.
      expect(await store.requests.update(r.id, 1, handOver)).toBe('stale');
      expect(await store.requests.update(r.id, 2, { at: T0 + 3 * HOUR, remindedAt: T0 + 3 * HOUR })).toBe('ok');
    });

    it('a change of a request that does not exist (or was deleted) is missing and creates nothing', async () => {
      const store = current();
      expect(await store.requests.update('r000000000000000000000404', 1, ANSWER)).toBe('missing');
      expect(await store.requests.byId('r000000000000000000000404')).toBeNull();
      const r = workRequest(1);
      await store.requests.create(r, FIRST);
      await store.requests.deleteByOwner(r.owner);
      expect(await store.requests.update(r.id, 1, ANSWER)).toBe('missing');
      expect(await store.requests.byId(r.id)).toBeNull();
    });

    it('numbers history entries and answers after the ones already there', async () => {
      const store = current();
      const r = workRequest(1);
      await store.requests.create(r, FIRST);
      for (let v = 1; v <= 3; v++) {
        const at = T0 + v * HOUR;
        const change: RequestChange = {
          at,
          event: { at, status: 'answered', by: `第${v}位`, note: `第${v}次` },
          answer: { at, by: `第${v}位`, text: `答复${v}`, guideIds: [] },
        };
        expect(await store.requests.update(r.id, v, change)).toBe('ok');
      }
      const stored = await store.requests.byId(r.id);
      expect(stored?.timeline.map((e) => e.note)).toEqual(['已转交', '第1次', '第2次', '第3次']);
      expect(stored?.answers.map((a) => a.text)).toEqual(['答复1', '答复2', '答复3']);
    });
  });

  describe('work lists', () => {
    it("lists assignees' requests by due date or by last change, filtered by status and kind", async () => {
      const store = current();
      const rows = [
        workRequest(1, { dueAt: T0 + 5 * HOUR, updatedAt: T0 + 1 }),
        workRequest(2, { dueAt: T0 + 3 * HOUR, updatedAt: T0 + 3 }),
        workRequest(3, { dueAt: T0 + 3 * HOUR, updatedAt: T0 + 3, assignee: 'post:P002' }),
        workRequest(4, { dueAt: T0 + 1 * HOUR, updatedAt: T0 + 2, status: 'answered' }),
        workRequest(5, { dueAt: T0 + 2 * HOUR, updatedAt: T0 + 9, kind: 'mediation', assignee: 'M01' }),
        workRequest(6, { dueAt: T0, updatedAt: T0 + 9, assignee: 'post:P005' }),
      ];
      for (const r of rows) await store.requests.create(r, FIRST);
      const mine = ['post:P001', 'post:P002', 'M01'];
      const list = (q: Partial<Parameters<Store['requests']['forAssignees']>[0]>) =>
        store.requests.forAssignees({ assignees: mine, order: 'due', limit: 50, ...q });
      expect(ids(await list({}))).toEqual([4, 5, 2, 3, 1]);
      expect(ids(await list({ order: 'recent' }))).toEqual([5, 3, 2, 4, 1]);
      expect(ids(await list({ statuses: ['pending'] }))).toEqual([5, 2, 3, 1]);
      expect(ids(await list({ statuses: ['answered', 'closed'] }))).toEqual([4]);
      expect(ids(await list({ kind: 'mediation' }))).toEqual([5]);
      expect(ids(await list({ kind: 'question', statuses: ['pending'], order: 'recent' }))).toEqual([3, 2, 1]);
      expect(ids(await list({ limit: 2 }))).toEqual([4, 5]);
      expect(await list({ assignees: [] })).toEqual([]);
      expect(ids(await list({ assignees: ['post:P005'] }))).toEqual([6]);
      expect((await list({ assignees: ['post:P001'], statuses: ['answered'] }))[0]).toEqual(rows[3]);
      // A long list of units (more than one `_.in` list on CloudBase) still comes back as one ordered list.
      const many = ['post:P001', ...Array.from({ length: 150 }, (_, i) => `post:Q${i}`), 'post:P005'];
      expect(ids(await list({ assignees: many }))).toEqual([6, 4, 2, 1]);
      expect(ids(await list({ assignees: many, limit: 2 }))).toEqual([6, 4]);
      expect(ids(await list({ assignees: many, order: 'recent' }))).toEqual([6, 2, 4, 1]);
    });

    it('finds pending post questions coming due for the timer, reminded ones only when asked', async () => {
      const store = current();
      const rows = [
        workRequest(1, { dueAt: T0 + 2 * HOUR }),
        workRequest(2, { dueAt: T0 + 1 * HOUR, remindedAt: T0 }),
        workRequest(3, { dueAt: T0 + 1 * HOUR, status: 'answered' }),
        workRequest(4, { dueAt: T0 + 1 * HOUR, assignee: 'J01' }),
        workRequest(5, { dueAt: T0 + 9 * HOUR }),
        workRequest(6, { dueAt: T0 + 2 * HOUR, kind: 'mediation', assignee: 'M01' }),
        workRequest(7, { dueAt: T0 + 3 * HOUR, assignee: 'post:P005' }),
      ];
      for (const r of rows) await store.requests.create(r, FIRST);
      const due = T0 + 3 * HOUR;
      expect(ids(await store.requests.dueQuestions(due, false, 50))).toEqual([2, 1, 7]);
      expect(ids(await store.requests.dueQuestions(due, true, 50))).toEqual([1, 7]);
      expect(ids(await store.requests.dueQuestions(due, false, 1))).toEqual([2]);
      expect(await store.requests.dueQuestions(T0, false, 50)).toEqual([]);
      // Reminding one through update takes it out of the unreminded list.
      expect(await store.requests.update(rows[0].id, 1, { at: due, remindedAt: due })).toBe('ok');
      expect(ids(await store.requests.dueQuestions(due, true, 50))).toEqual([7]);
    });

    it("lists a worker's requests answered since a time plus every rated one, each once", async () => {
      const store = current();
      const rows = [
        workRequest(1, { answeredBy: 'V1', firstAnswerAt: T0 + 5 * HOUR }),
        workRequest(2, { answeredBy: 'V1', firstAnswerAt: T0 - 50 * HOUR, rating: 4 }),
        workRequest(3, { answeredBy: 'V1', firstAnswerAt: T0 - 50 * HOUR }),
        workRequest(4, { answeredBy: 'V1', firstAnswerAt: T0 + 6 * HOUR, rating: 5, ratingWord: '好' }),
        workRequest(5, { answeredBy: 'V2', firstAnswerAt: T0 + 6 * HOUR, rating: 5 }),
        workRequest(6),
      ];
      for (const r of rows) await store.requests.create(r, FIRST);
      const got = await store.requests.answeredBy('V1', T0, 50);
      expect(ids(got).sort()).toEqual([1, 2, 4]);
      expect(got.find((r) => r.id === rows[3].id)).toEqual(rows[3]);
      expect(await store.requests.answeredBy('V9', 0, 50)).toEqual([]);
      expect(ids(await store.requests.answeredBy('V2', 0, 50))).toEqual([5]);
    });
  });

  describe('audit log', () => {
    it("keeps who saw an applicant's numbers, oldest first, even after the resident deletes their data", async () => {
      const store = current();
      const r = workRequest(1, { kind: 'aid', assignee: 'A01' });
      await store.requests.create(r, FIRST);
      const entry = {
        at: T0,
        actor: 'o-staff',
        actorLabel: '法律援助中心 王',
        action: 'reveal.idNumber',
        requestId: r.id,
        kind: 'reveal' as const,
        actorRole: 'staff',
        detail: '',
      };
      await store.audit.append(entry);
      await store.audit.append({ ...entry, at: T0 + 1, action: 'reveal.phone' });
      await store.audit.append({ ...entry, requestId: 'r-other' });
      expect(await store.requests.deleteByOwner(r.owner)).toBe(1);
      expect(await store.requests.byId(r.id)).toBeNull();
      expect(await store.audit.forRequest(r.id, 10)).toEqual([entry, { ...entry, at: T0 + 1, action: 'reveal.phone' }]);
      expect(await store.audit.forRequest(r.id, 1)).toEqual([entry]);
      expect(await store.audit.forRequest('r-none', 10)).toEqual([]);
    });

    it('pages the whole log newest first, by kind and time, each page after the last', async () => {
      const store = current();
      const base = { actor: 'o-a', actorLabel: '市局 李', actorRole: 'admin:city', detail: '' };
      const kinds = ['reveal', 'admin', 'decision', 'evidence', 'admin'] as const;
      for (let i = 0; i < 5; i++) {
        await store.audit.append({ ...base, at: T0 + i * 1000, action: `a.${i}`, requestId: `r${i}`, kind: kinds[i] });
      }
      const all = await store.audit.page({ kinds: null, fromMs: 0, toMs: T0 * 2, before: null, limit: 10 });
      expect(all.map((e) => e.action)).toEqual(['a.4', 'a.3', 'a.2', 'a.1', 'a.0']);
      expect(all[0]).toMatchObject({ ...base, at: T0 + 4000, requestId: 'r4', kind: 'admin' });
      const first = await store.audit.page({ kinds: null, fromMs: 0, toMs: T0 * 2, before: null, limit: 2 });
      const second = await store.audit.page({ kinds: null, fromMs: 0, toMs: T0 * 2, before: first[1].id, limit: 2 });
      expect([...first, ...second].map((e) => e.action)).toEqual(['a.4', 'a.3', 'a.2', 'a.1']);
      const admin = await store.audit.page({ kinds: ['admin'], fromMs: 0, toMs: T0 * 2, before: null, limit: 10 });
      expect(admin.map((e) => e.action)).toEqual(['a.4', 'a.1']);
      const mid = await store.audit.page({ kinds: null, fromMs: T0 + 1000, toMs: T0 + 3000, before: null, limit: 10 });
      expect(mid.map((e) => e.action)).toEqual(['a.3', 'a.2', 'a.1']);
      expect(await store.audit.page({ kinds: [], fromMs: 0, toMs: T0 * 2, before: null, limit: 10 })).toEqual([]);
    });
  });
}
