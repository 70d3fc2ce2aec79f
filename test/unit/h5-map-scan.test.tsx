/**
 * On H5 (a browser, no WeChat): 导航 opens the place on a map site at the right spot, and 扫一扫, which a browser
 * cannot do here, is not offered; the home page says how to scan instead. In the mini-program both stay WeChat's.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ServiceCard } from '~/src/components/ServiceCard';
import HomePage from '~/src/pages/index';
import { wgs84ToGcj02 } from '~/types/gcj02';
import { amapMarkerUrl } from '~/src/services/geo/openMap';
import { fetchMe } from '~/src/services/session/fetchMe';
import { fetchOutbox } from '~/src/services/requests/fetchOutbox';
import { fetchDemo } from '~/src/services/demo/fetchDemo';
import { useAppStore } from '~/src/stores';
import { landingFixture } from './fixtures/landing';

jest.mock('~/src/services/session/fetchMe');
jest.mock('~/src/services/requests/fetchOutbox');
jest.mock('~/src/services/demo/fetchDemo');

const stub = Taro as typeof Taro & { __reset: () => void };
const office = { ...landingFixture().nearby.judicialOffice!, lat: 45.6, lng: 122.8 };
const initial = useAppStore.getState();
const env = process.env.TARO_ENV;

beforeEach(() => {
  stub.__reset();
  useAppStore.setState(initial, true);
  (fetchMe as jest.Mock).mockResolvedValue({ role: 'resident', label: '群众', regionCode: null, regionName: null });
  (fetchOutbox as jest.Mock).mockResolvedValue({ notices: [], unread: 0 });
  (fetchDemo as jest.Mock).mockResolvedValue(null);
});
afterEach(() => {
  process.env.TARO_ENV = env;
});

test("the map link is Amap's marker page at the GCJ-02 point, named", () => {
  const url = new URL(amapMarkerUrl({ lat: 45.6, lng: 122.8, name: '平台镇司法所' }));
  const gcj = wgs84ToGcj02({ lat: 45.6, lng: 122.8 });
  expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker');
  const [lng, lat] = url.searchParams.get('position')!.split(',').map(Number);
  expect(Math.abs(lng - gcj.lng)).toBeLessThan(1e-6);
  expect(Math.abs(lat - gcj.lat)).toBeLessThan(1e-6);
  expect(url.searchParams.get('coordinate')).toBe('gaode');
  expect(url.searchParams.get('name')).toBe('平台镇司法所');
});

test('on H5, 导航 opens the map site in a new tab, not the stub openLocation', () => {
  process.env.TARO_ENV = 'h5';
  const tab = { opener: window } as unknown as Window;
  const open = jest.spyOn(window, 'open').mockReturnValue(tab);
  render(<ServiceCard service={office} />);
  fireEvent.click(screen.getByText('导航'));
  expect(open).toHaveBeenCalledWith(amapMarkerUrl({ ...office, lat: 45.6, lng: 122.8 }), '_blank');
  // The map site gets no handle on the resident's page.
  expect(tab.opener).toBeNull();
  expect(stub.openLocation).not.toHaveBeenCalled();
  open.mockRestore();
});

test("in the mini-program, 导航 opens WeChat's map", () => {
  process.env.TARO_ENV = 'weapp';
  render(<ServiceCard service={office} />);
  fireEvent.click(screen.getByText('导航'));
  expect(stub.openLocation).toHaveBeenCalledTimes(1);
});

test('on H5 the home page offers no 扫一扫 button and says how to scan with WeChat', async () => {
  process.env.TARO_ENV = 'h5';
  const { container } = render(<HomePage />);
  await act(async () => undefined);
  expect(container.querySelector('.scan-button')).toBeNull();
  expect(screen.queryByText('扫一扫')).toBeNull();
  expect(container.querySelector('.scan-in-wechat')?.textContent).toContain('微信“扫一扫”');
});

test('in the mini-program the home page keeps its 扫一扫 button', async () => {
  process.env.TARO_ENV = 'weapp';
  const { container } = render(<HomePage />);
  await act(async () => undefined);
  expect(container.querySelector('.scan-button')?.textContent).toBe('扫一扫');
});
