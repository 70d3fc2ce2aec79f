/** The landing page and the app over a weak network: lost scans are queued and sent when the network returns. */
import { act, render, screen, waitFor } from '@testing-library/react';
import App from '~/src/app';
import PostPage from '~/src/pages/post';
import { CloudError } from '~/src/services/cloudError';
import { useAppStore } from '~/src/stores';
import { useScanQueue } from '~/src/stores/scanQueue';
import { landingFixture } from './fixtures/landing';
import { landPost as land, sendQueuedScan as send } from './support/services';
import { openWith, stub } from './support/page';

jest.mock('~/src/services/post/landPost');
jest.mock('~/src/services/scan/sendQueuedScan');
type NetListener = (res: { isConnected: boolean; networkType: string }) => void;
const initialApp = useAppStore.getState();
const initialQueue = useScanQueue.getState();
const scannedAt = 1_764_288_000_000;

beforeEach(() => {
  stub.__reset();
  useAppStore.setState(initialApp, true);
  useScanQueue.setState(initialQueue, true);
  land.mockReset();
  send.mockReset().mockResolvedValue(undefined);
  jest.spyOn(Date, 'now').mockReturnValue(scannedAt);
});
afterEach(() => jest.restoreAllMocks());

async function openPost(id: string) {
  const view = openWith(<PostPage />, { id, source: 'qr' });
  await act(async () => undefined);
  return view;
}

test('offline with a cached post: the cached page shows and the scan is queued with the time it happened', async () => {
  useAppStore.getState().saveLanding(landingFixture(), 1);
  land.mockRejectedValueOnce(new CloudError('NETWORK'));
  await openPost('TB-PT-0001');
  expect(screen.getByText('平台镇新立村先锋岗')).toBeTruthy();
  const [queued] = useScanQueue.getState().scans;
  expect(queued).toEqual({ postId: 'TB-PT-0001', scanId: land.mock.calls[0][1], at: scannedAt, source: 'qr' });
});

test('a server whose disk is full: the cached page shows and the scan is queued, not lost', async () => {
  useAppStore.getState().saveLanding(landingFixture(), 1);
  land.mockRejectedValueOnce(new CloudError('STORE_FULL'));
  await openPost('TB-PT-0001');
  expect(screen.getByText('平台镇新立村先锋岗')).toBeTruthy();
  const [queued] = useScanQueue.getState().scans;
  expect(queued).toEqual({ postId: 'TB-PT-0001', scanId: land.mock.calls[0][1], at: scannedAt, source: 'qr' });
});

test('a refused scan (unknown post) is not queued', async () => {
  land.mockRejectedValueOnce(new CloudError('POST_NOT_FOUND'));
  await openPost('TB-PT-0404');
  expect(useScanQueue.getState().scans).toEqual([]);
});

test('the next successful landing sends the scans queued before it', async () => {
  useScanQueue
    .getState()
    .enqueue({ postId: 'TB-PT-0007', scanId: '00000000-0000-4000-8000-000000000007', at: 5, source: 'qr' });
  land.mockResolvedValueOnce(landingFixture());
  await openPost('TB-PT-0001');
  await waitFor(() => expect(useScanQueue.getState().scans).toEqual([]));
  expect(send).toHaveBeenCalledWith({
    postId: 'TB-PT-0007',
    scanId: '00000000-0000-4000-8000-000000000007',
    at: 5,
    source: 'qr',
  });
});

test('the app sends queued scans when the network comes back', async () => {
  let listener: NetListener | null = null;
  stub.onNetworkStatusChange = jest.fn((fn: NetListener) => void (listener = fn));
  useScanQueue
    .getState()
    .enqueue({ postId: 'TB-PT-0007', scanId: '00000000-0000-4000-8000-000000000007', at: 5, source: 'qr' });
  render(<App />);
  expect(stub.onNetworkStatusChange).toHaveBeenCalledTimes(1);
  act(() => listener?.({ isConnected: false, networkType: 'none' }));
  expect(send).not.toHaveBeenCalled();
  await act(async () => listener?.({ isConnected: true, networkType: '4g' }));
  expect(send).toHaveBeenCalledTimes(1);
  expect(useScanQueue.getState().scans).toEqual([]);
  Reflect.deleteProperty(stub, 'onNetworkStatusChange');
});
