/**
 * On H5 every page of the stack lives in one document: a dashboard page covered by a drill-down draws nothing, so
 * only the page in front has tables and charts (and a browser test's selectors find one), and it comes back on return.
 */
import { act, render, screen } from '@testing-library/react';
import type { ComponentType } from 'react';
import { components, dashboardFixture } from './admin-dashboard-stubs';

jest.mock('@tarojs/components', () =>
  (jest.requireActual('./admin-dashboard-stubs') as { components: typeof components }).components(),
);
const mockLife: { show: (() => void)[]; hide: (() => void)[] } = { show: [], hide: [] };
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual<Record<string, unknown>>('./stubs/taro');
  return {
    ...actual,
    __esModule: true,
    useDidShow: (fn: () => void) => void mockLife.show.push(fn),
    useDidHide: (fn: () => void) => void mockLife.hide.push(fn),
  };
});
jest.mock('~/src/services/admin/fetchDashboard', () => ({
  fetchDashboard: jest.fn(async () => dashboardFixture()),
}));

test('covered, the page draws nothing; shown again, it redraws from what it had', async () => {
  process.env.TARO_ENV = 'h5';
  const Page = (require('~/src/packages/admin/pages/dashboard') as { default: ComponentType }).default;
  const { container } = render(<Page />);
  await screen.findByText('扫码次数');
  act(() => mockLife.hide.forEach((f) => f()));
  expect(container.querySelector('.children-table')).toBeNull();
  expect(container.querySelector('.trail')).toBeNull();
  act(() => mockLife.show.forEach((f) => f()));
  expect(container.querySelector('.children-table')).not.toBeNull();
  expect(container.querySelectorAll('.trail-item')).toHaveLength(2);
});
