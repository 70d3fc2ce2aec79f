/** The View-drawn charts: one bar per point with its number, heights as shares of the largest, spoken labels. */
import { render } from '@testing-library/react';
import { BarChart, compactNumber, Funnel, HBarChart } from '~/src/packages/admin/components/charts';
import { conversionPct } from '~/src/packages/admin/components/charts/Funnel';
import type { components } from './admin-dashboard-stubs';

jest.mock('@tarojs/components', () =>
  (jest.requireActual('./admin-dashboard-stubs') as { components: typeof components }).components(),
);

const points = [
  { key: 'a', label: '11-26', value: 50 },
  { key: 'b', label: '11-27', value: 0 },
  { key: 'c', label: '11-28', value: 200 },
  { key: 'd', label: '11-29', value: 1 },
];

test('a bar per point, each with its number, label, aria-label and height as a share of the tallest', () => {
  const { container } = render(<BarChart points={points} unit="次" title="每日扫码" />);
  const bars = Array.from(container.querySelectorAll('.chart-bar'));
  expect(bars).toHaveLength(4);
  expect(bars.map((b) => b.querySelector('.chart-value')?.textContent)).toEqual(['50', '0', '200', '1']);
  expect(bars.map((b) => b.querySelector('.chart-label')?.textContent)).toEqual(['11-26', '11-27', '11-28', '11-29']);
  expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual([
    '11-26：50次',
    '11-27：0次',
    '11-28：200次',
    '11-29：1次',
  ]);
  const heights = bars.map((b) => (b.querySelector('.chart-fill') as HTMLElement).style.height);
  // A bar of 1 among 200 keeps a sliver: it must not read as zero.
  expect(heights).toEqual(['25%', '0%', '100%', '2%']);
});

test('all zeros draw empty bars, and no points draw nothing', () => {
  const zero = render(<BarChart points={[{ key: 'x', label: '周一', value: 0 }]} unit="次" />);
  expect((zero.container.querySelector('.chart-fill') as HTMLElement).style.height).toBe('0%');
  const none = render(<BarChart points={[]} unit="次" />);
  expect(none.container.querySelector('.bar-chart')).toBeNull();
});

test('a month of days opens scrolled to its last day, under a hint to swipe; a week fits without one', () => {
  const days = Array.from({ length: 31 }, (_, i) => ({ key: `d${i}`, label: `12-${i + 1}`, value: i }));
  const { container } = render(<BarChart id="trend" points={days} unit="次" title="每日扫码" />);
  const scroll = container.querySelector('.bar-chart-scroll') as HTMLElement;
  expect(scroll.getAttribute('data-scroll-x')).toBe('true');
  const target = scroll.getAttribute('data-scroll-into-view')!;
  expect(container.querySelector(`#${target}`)?.getAttribute('aria-label')).toBe('12-31：30次');
  expect(container.querySelector('.chart-swipe-hint')?.textContent).toBe('左右滑动查看');

  const week = render(<BarChart id="week" points={days.slice(0, 7)} unit="次" />);
  expect(week.container.querySelector('.chart-swipe-hint')).toBeNull();
});

test('a fit chart draws its 24 hours within the width, no scrolling, named every 4th hour', () => {
  const hours = Array.from({ length: 24 }, (_, h) => ({ key: String(h), label: String(h), value: h }));
  const { container } = render(<BarChart fit className="hours-chart" points={hours} unit="次" />);
  expect(container.querySelector('.bar-chart.bar-chart-fit')).not.toBeNull();
  expect(container.querySelectorAll('.bar-chart-fit .bar-chart-row > .chart-bar')).toHaveLength(24);
  expect(container.querySelector('.bar-chart-scroll, .chart-swipe-hint')).toBeNull();
  const labels = Array.from(container.querySelectorAll('.chart-label')).map((l) => l.textContent?.trim());
  expect(labels.filter(Boolean)).toEqual(['0', '4', '8', '12', '16', '20']);
});

test('big numbers are shortened to 万 so they fit a narrow bar', () => {
  expect([compactNumber(9999), compactNumber(12_345), compactNumber(350_000)]).toEqual(['9999', '1.2万', '35万']);
});

test('horizontal bars are as long as their share of the given maximum', () => {
  const { container } = render(
    <HBarChart
      unit="次"
      max={400}
      rows={[
        { key: 'a', label: '甲', value: 100 },
        { key: 'b', label: '乙', value: 400, note: '最多' },
      ]}
    />,
  );
  const widths = Array.from(container.querySelectorAll('.hbar-fill')).map((f) => (f as HTMLElement).style.width);
  expect(widths).toEqual(['25%', '100%']);
  expect(container.querySelectorAll('.hbar-row')[1].getAttribute('aria-label')).toBe('乙：400次，最多');
});

test('the funnel shows each step’s conversion from the one before', () => {
  const { container } = render(
    <Funnel
      unit=""
      conversion={(p) => `转化 ${p}`}
      steps={[
        { key: 's', label: '扫码', value: 0 },
        { key: 'r', label: '提交诉求', value: 0 },
      ]}
    />,
  );
  expect(container.querySelectorAll('.hbar-note')[0].textContent).toBe('转化 —');
  expect([conversionPct(1, 300), conversionPct(30, 40), conversionPct(0, 5)]).toEqual(['0.3%', '75%', '0%']);
});
