/**
 * Two open tabs (H5), each with scans it could not send: every tab writes its whole queue to the shared storage, so
 * a tab that did not know of the other's scans would drop them at its next write. Told by the browser's `storage`
 * event, a tab takes in the scans it lacks, and only those, so the two settle. jsdom has one window: each tab is a
 * copy of the store module over the same storage, and the event a browser delivers to the other tab is dispatched
 * by hand.
 */
import Taro from '@tarojs/taro';

type Stub = typeof Taro & { __reset: () => void; __storage: Map<string, unknown> };
type Queue = typeof import('~/src/stores/scanQueue');

const KEY = 'pioneer-post-scan-queue';
const env = process.env.TARO_ENV;
const listeners: [EventTarget, string, EventListenerOrEventListenerObject][] = [];
const realAdd = window.addEventListener.bind(window);
const stored = () => String((Taro as Stub).__storage.get(KEY) ?? '');
const scan = (n: number) => ({
  postId: 'p22080200100101',
  scanId: `0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a${String(n).padStart(2, '0')}`,
  at: 1_780_000_000_000 + n,
  source: 'qr' as const,
});

/** A tab opened now: the queue module evaluated afresh over the shared storage. */
function openTab(): Queue {
  let queue: Queue | null = null;
  jest.isolateModules(() => {
    queue = require('~/src/stores/scanQueue') as Queue;
  });
  return queue as unknown as Queue;
}

/** What the browser does after a write: every other tab hears it (here every listener, the writer's own included). */
function tellOtherTabs() {
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: stored() }));
}

beforeEach(() => {
  (Taro as Stub).__reset();
  process.env.TARO_ENV = 'h5';
  // Each tab's listener is kept, so the next test's tabs do not hear this test's.
  jest
    .spyOn(window, 'addEventListener')
    .mockImplementation(
      (type: string, fn: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
        if (!fn) return;
        listeners.push([window, type, fn]);
        realAdd(type, fn, options);
      },
    );
});

afterEach(() => {
  for (const [target, type, fn] of listeners.splice(0)) target.removeEventListener(type, fn);
  jest.restoreAllMocks();
  process.env.TARO_ENV = env;
});

test("a tab's next write keeps the scans another tab queued, and the two settle", () => {
  const a = openTab();
  const b = openTab();
  a.useScanQueue.getState().enqueue(scan(1));
  tellOtherTabs();
  b.useScanQueue.getState().enqueue(scan(2));
  tellOtherTabs();
  // Tab A took in B's scan; a write of A's now holds both, as does B's own state.
  a.useScanQueue.getState().enqueue(scan(3));
  const ids = (JSON.parse(stored()) as { state: { scans: { scanId: string }[] } }).state.scans.map((q) => q.scanId);
  expect(ids).toEqual([scan(1).scanId, scan(2).scanId, scan(3).scanId]);
  expect(b.useScanQueue.getState().scans.map((q) => q.scanId)).toEqual([scan(1).scanId, scan(2).scanId]);
});

test('a tab takes only what it lacks: hearing its own queue again writes nothing', () => {
  const a = openTab();
  a.useScanQueue.getState().enqueue(scan(4));
  const before = stored();
  const set = jest.spyOn(Taro, 'setStorageSync');
  tellOtherTabs();
  expect(set).not.toHaveBeenCalled();
  expect(stored()).toBe(before);
});
