/**
 * 首位管理员绑定: the first admin binds with the deployment's secret; the server's Chinese refusal is shown and the
 * typed name stays; success offers the dashboard. The worker invite page links here, and an accepted admin invite
 * leads to the dashboard rather than the 工作台.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import BootstrapPage from '~/src/packages/admin/pages/bootstrap';
import InvitePage from '~/src/packages/work/pages/invite';
import { CloudError } from '~/src/services/cloudError';
import { fetchMe } from '~/src/services/session/fetchMe';
import { acceptInvite as accept, bootstrapAdmin as bootstrap } from './support/services';

jest.mock('~/src/services/admin/bootstrap');
jest.mock('~/src/services/work/acceptInvite');
jest.mock('~/src/services/session/fetchMe');

const type = (c: HTMLElement, cls: string, value: string) =>
  fireEvent.change(c.querySelector(`.${cls}`) as HTMLElement, { target: { value } });

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  bootstrap.mockReset();
  accept.mockReset();
  (fetchMe as jest.Mock).mockResolvedValue({
    role: 'admin',
    label: '张局长',
    regionCode: '220800',
    regionName: '白城市',
  });
});

test('empty fields are refused before anything is sent', async () => {
  const { container } = render(<BootstrapPage />);
  await act(async () => fireEvent.click(screen.getByText('绑定为管理员')));
  expect(bootstrap).not.toHaveBeenCalled();
  expect(container.querySelector('.bootstrap-error')?.textContent).toBe('请填写口令和姓名');
});

test('a wrong secret shows the server’s message and keeps what was typed', async () => {
  bootstrap.mockRejectedValueOnce(new CloudError('BOOTSTRAP_WRONG'));
  const { container } = render(<BootstrapPage />);
  type(container, 'bootstrap-secret', 'guess');
  type(container, 'bootstrap-name', '张局长');
  await act(async () => fireEvent.click(screen.getByText('绑定为管理员')));
  expect(bootstrap).toHaveBeenCalledWith('guess', '张局长');
  expect(container.querySelector('.bootstrap-error')?.textContent).toBe('口令不正确');
  expect((container.querySelector('.bootstrap-name') as HTMLInputElement).value).toBe('张局长');
});

test('the right secret binds and offers the dashboard', async () => {
  bootstrap.mockResolvedValueOnce({ role: 'admin', regionCode: '220800' });
  const { container } = render(<BootstrapPage />);
  type(container, 'bootstrap-secret', 's3cret');
  type(container, 'bootstrap-name', '张局长');
  await act(async () => fireEvent.click(screen.getByText('绑定为管理员')));
  expect(screen.getByText('绑定成功，您已是市级管理员')).toBeTruthy();
  fireEvent.click(screen.getByText('打开统计看板'));
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/admin/pages/dashboard/index' });
});

test('the invite page links to the bootstrap, and an accepted admin invite leads to the dashboard', async () => {
  accept.mockResolvedValueOnce({ role: 'admin', label: '洮北区管理员' });
  const { container } = render(<InvitePage />);
  fireEvent.click(screen.getByText('首位管理员？使用管理员口令绑定'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/pages/bootstrap/index' });
  type(container, 'invite-code', 'ABCD2345EFGH');
  await act(async () => fireEvent.click(screen.getByText('绑定')));
  expect(screen.getByText('打开统计看板')).toBeTruthy();
  expect(screen.queryByText('进入工作台')).toBeNull();
});
