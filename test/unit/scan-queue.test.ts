/** Scans lost to a weak network: queued with their time, sent later, dropped only when hopeless. */
import Taro from '@tarojs/taro';
import { callCloud } from '~/src/services/cloud';
import { CloudError } from '~/src/services/cloudError';
import { SCAN_QUEUE_CAP, SCAN_QUEUE_KEY, useScanQueue, type QueuedScan } from '~/src/stores/scanQueue';
import { landingFixture } from './fixtures/landing';
import {} from './support/services';

jest.mock('~/src/services/cloud', () => ({
  ...jest.requireActual('~/src/services/cloud'),
  callCloud: jest.fn(),
}));
const call = callCloud as jest.MockedFunction<typeof callCloud>;
type Stub = typeof Taro & { __reset: () => void; __storage: Map<string, unknown> };
const initial = useScanQueue.getState();

const scan = (n: number, at = 1_700_000_000_000 + n * 1000): QueuedScan => ({
  postId: `TB-PT-${String(n).padStart(4, '0')}`,
  scanId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  at,
  source: 'qr',
});
const queuedIds = () => useScanQueue.getState().scans.map((s) => s.postId);

beforeEach(() => {
  (Taro as Stub).__reset();
  useScanQueue.setState(initial, true);
  call.mockReset();
});

test('a flushed scan is sent with its original time and source, then leaves the queue', async () => {
  useScanQueue.getState().enqueue(scan(1, 1_700_000_000_123));
  call.mockResolvedValue(landingFixture());
  await expect(useScanQueue.getState().flush()).resolves.toBe(1);
  expect(call).toHaveBeenCalledWith('scan', 'land', {
    postId: 'TB-PT-0001',
    scanId: '00000000-0000-4000-8000-000000000001',
    at: 1_700_000_000_123,
    source: 'qr',
  });
  expect(queuedIds()).toEqual([]);
});

test('a queued scan that took the location allowed meanwhile sends it with the scan itself', async () => {
  useScanQueue.getState().enqueue({ ...scan(1, 1_700_000_000_123), location: { lat: 45.62, lng: 122.84 } });
  call.mockResolvedValue(landingFixture());
  await useScanQueue.getState().flush();
  expect(call).toHaveBeenCalledWith('scan', 'land', expect.objectContaining({ location: { lat: 45.62, lng: 122.84 } }));
});

test('still offline: the scan stays, and the round stops at the first network failure', async () => {
  useScanQueue.getState().enqueue(scan(1));
  useScanQueue.getState().enqueue(scan(2));
  call.mockRejectedValue(new CloudError('NETWORK'));
  await expect(useScanQueue.getState().flush()).resolves.toBe(0);
  expect(call).toHaveBeenCalledTimes(1);
  expect(queuedIds()).toEqual(['TB-PT-0001', 'TB-PT-0002']);
});

test.each(['INVALID_INPUT', 'POST_NOT_FOUND', 'POST_RETIRED', 'SCAN_ID_CONFLICT'] as const)(
  'a %s answer drops the scan (it can never succeed) and the next one is still sent',
  async (code) => {
    useScanQueue.getState().enqueue(scan(1));
    useScanQueue.getState().enqueue(scan(2));
    call.mockRejectedValueOnce(new CloudError(code)).mockResolvedValueOnce(landingFixture());
    await expect(useScanQueue.getState().flush()).resolves.toBe(1);
    expect(call).toHaveBeenCalledTimes(2);
    expect(queuedIds()).toEqual([]);
  },
);

test.each(['STORE_READ_ONLY', 'STORE_FULL', 'STORE_UNAVAILABLE'] as const)(
  'a server whose disk refuses writes (%s) keeps the scans and stops the round',
  async (code) => {
    useScanQueue.getState().enqueue(scan(1));
    useScanQueue.getState().enqueue(scan(2));
    call.mockRejectedValue(new CloudError(code));
    await expect(useScanQueue.getState().flush()).resolves.toBe(0);
    expect(call).toHaveBeenCalledTimes(1);
    expect(queuedIds()).toEqual(['TB-PT-0001', 'TB-PT-0002']);
  },
);

test('a server error keeps the scan for a later round', async () => {
  useScanQueue.getState().enqueue(scan(1));
  call.mockRejectedValue(new CloudError('INTERNAL'));
  await useScanQueue.getState().flush();
  expect(queuedIds()).toEqual(['TB-PT-0001']);
});

test(`the queue keeps the newest ${SCAN_QUEUE_CAP} scans, oldest dropped first, once per scan id`, () => {
  for (let n = 1; n <= SCAN_QUEUE_CAP + 5; n++) useScanQueue.getState().enqueue(scan(n));
  useScanQueue.getState().enqueue(scan(SCAN_QUEUE_CAP + 5));
  const ids = queuedIds();
  expect(ids).toHaveLength(SCAN_QUEUE_CAP);
  expect(ids[0]).toBe('TB-PT-0006');
  expect(ids[ids.length - 1]).toBe(`TB-PT-00${SCAN_QUEUE_CAP + 5}`);
});

test('the queue is written to storage, so it survives closing the app', () => {
  useScanQueue.getState().enqueue(scan(7));
  const saved = JSON.parse(String((Taro as Stub).__storage.get(SCAN_QUEUE_KEY))) as { state: { scans: QueuedScan[] } };
  expect(saved.state.scans).toEqual([scan(7)]);
});

test('two triggers at once (app show and network back) send each scan once', async () => {
  useScanQueue.getState().enqueue(scan(1));
  call.mockResolvedValue(landingFixture());
  await Promise.all([useScanQueue.getState().flush(), useScanQueue.getState().flush()]);
  expect(call).toHaveBeenCalledTimes(1);
});
