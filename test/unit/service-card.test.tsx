/** A service card offers what a resident does with a number: call it, copy it, or go there. */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ServiceCard } from '~/src/components/ServiceCard';
import { landingFixture } from './fixtures/landing';

type Stub = typeof Taro & { __reset: () => void };
const stub = Taro as Stub;
beforeEach(() => stub.__reset());

const office = { ...landingFixture().nearby.judicialOffice!, lat: 45.6, lng: 122.8 };
const hotline = landingFixture().cityContacts.find((c) => c.kind === 'hotline')!;

test('复制号码 copies the number and says so', async () => {
  render(<ServiceCard service={office} kindLabel="司法所" />);
  fireEvent.click(screen.getByText('复制号码'));
  expect(stub.setClipboardData).toHaveBeenCalledWith({ data: office.phone });
  await Promise.resolve();
  await Promise.resolve();
  expect(stub.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '号码已复制' }));
});

test('导航 opens the map at the office in GCJ-02, a few hundred metres from the stored WGS-84 point', () => {
  render(<ServiceCard service={office} />);
  fireEvent.click(screen.getByText('导航'));
  const call = (stub.openLocation as jest.Mock).mock.calls[0][0];
  expect(call).toMatchObject({ name: office.name, address: office.address });
  expect(Math.abs(call.latitude - 45.6)).toBeGreaterThan(0.0005);
  expect(Math.abs(call.latitude - 45.6)).toBeLessThan(0.01);
  expect(Math.abs(call.longitude - 122.8)).toBeLessThan(0.02);
});

test('a hotline has no place to go: no 导航 button', () => {
  render(<ServiceCard service={hotline} />);
  expect(screen.queryByText('导航')).toBeNull();
  expect(screen.getByText('复制号码')).toBeTruthy();
});
