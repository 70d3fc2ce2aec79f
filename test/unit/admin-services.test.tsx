/**
 * 服务点管理 and 管理员: points listed with the channels they serve; a new point checked by field before sending, its
 * map pick stored in WGS-84, the server's refusal shown under its field; an admin revoked after a confirmation.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AdminServicePoint, MeData } from '~/types/api';
import AdminsPage from '~/src/packages/admin/pages/admins';
import ServicesPage from '~/src/packages/admin/pages/services';
import { CloudError } from '~/src/services/cloudError';
import { wgs84ToGcj02 } from '~/types/gcj02';
import { useAppStore } from '~/src/stores';
import {
  fetchAdmins as admins,
  fetchMe as me,
  fetchRegions as regions,
  fetchServicePoints as points,
  revokeAdmin as revoke,
  saveServicePoint as save,
} from './support/services';
import { texts } from './support/page';

jest.mock('~/src/services/admin/fetchAdmins');
jest.mock('~/src/services/admin/fetchRegions');
jest.mock('~/src/services/admin/fetchServicePoints');
jest.mock('~/src/services/admin/revokeAdmin');
jest.mock('~/src/services/admin/saveServicePoint');
jest.mock('~/src/services/session/fetchMe');
const extra = Object.assign(Taro, { showModal: jest.fn(), chooseLocation: jest.fn() });
const initial = useAppStore.getState();
const COUNTY: MeData = { role: 'admin', label: '洮北区司法局管理员', regionCode: '220802', regionName: '洮北区' };

const point = (over: Partial<AdminServicePoint> = {}): AdminServicePoint => ({
  id: 'svc-jo-220802100',
  kind: 'judicialOffice',
  name: '平台镇司法所',
  regionCode: '220802100',
  address: '白城市洮北区平台镇人民政府院内',
  phone: '0436-3221234',
  hours: '工作日 8:30-17:00',
  lat: 45.6,
  lng: 122.8,
  stars: 5,
  note: '',
  channels: ['mediation', 'handover'],
  regionName: '平台镇',
  editable: true,
  ...over,
});
const $ = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;
const type = (c: HTMLElement, sel: string, value: string) =>
  fireEvent.input($(c, sel), { target: { value }, detail: { value } });

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  useAppStore.setState(initial, true);
  useAppStore.setState({ me: COUNTY });
  me.mockReset().mockResolvedValue(COUNTY);
  regions.mockReset().mockResolvedValue({
    parent: { code: '220802', name: '洮北区', level: 'county' },
    regions: [{ code: '220802100', name: '平台镇', level: 'township' }],
  });
  points.mockReset().mockResolvedValue({
    points: [
      point(),
      point({ id: 'svc-hotline-12348', kind: 'hotline', name: '12348 热线', channels: [], editable: false }),
    ],
  });
  save.mockReset();
  admins.mockReset();
  revoke.mockReset();
  extra.showModal.mockReset().mockResolvedValue({ confirm: true, cancel: false });
  extra.chooseLocation.mockReset();
  process.env.TARO_ENV = 'h5';
});

test('the list shows each point’s channels; only editable points offer 修改', async () => {
  const { container } = render(<ServicesPage />);
  await act(async () => undefined);
  expect(texts(container, 'point-channels')).toEqual(['受理调解申请、接收咨询转交', '不接收诉求（仅在岗位首页展示）']);
  expect(container.querySelectorAll('.point-edit')).toHaveLength(1);
  expect(screen.getByText('市级统一维护')).toBeTruthy();
});

test('a new women’s station: checked by field first, then sent with its channel; a refusal shows by its field', async () => {
  const { container } = render(<ServicesPage />);
  await act(async () => undefined);
  fireEvent.click(screen.getByText('新增服务点'));
  fireEvent.click(screen.getByText('法律援助工作站'));
  // A station serves no channel until the admin says which.
  expect(container.querySelectorAll('.channel-option.chip-on')).toHaveLength(0);
  await act(async () => fireEvent.click(screen.getByText('保存')));
  expect(save).not.toHaveBeenCalled();
  expect(texts(container, 'form-error')).toEqual(
    expect.arrayContaining(['名称至少2个字', '地址至少2个字', '电话号码格式不正确']),
  );
  type(container, '.input-name', '平台镇妇女法律援助工作站');
  type(container, '.input-address', '平台镇党群服务中心');
  type(container, '.input-phone', '0436-3229876');
  type(container, '.input-lat', '39.9');
  type(container, '.input-lng', '116.4');
  fireEvent.click($(container, '.channel-aidWomen'));
  save.mockRejectedValueOnce(new CloudError('OUTSIDE_CITY', '纬度不在本市范围内，请检查位置', 'lat'));
  await act(async () => fireEvent.click(screen.getByText('保存')));
  expect(save).toHaveBeenCalledWith(
    expect.objectContaining({
      kind: 'legalAidStation',
      name: '平台镇妇女法律援助工作站',
      regionCode: '220802',
      lat: 39.9,
      lng: 116.4,
      stars: null,
      channels: ['aidWomen'],
    }),
  );
  expect($(container, '.input-lat').parentElement?.querySelector('.form-error')?.textContent).toBe(
    '纬度不在本市范围内，请检查位置',
  );
  // Sent again after a refusal and a lost reply: the form keeps its request id (the server claims by id and fields).
  type(container, '.input-lat', '45.62');
  type(container, '.input-lng', '122.84');
  save.mockRejectedValueOnce(new CloudError('NETWORK'));
  await act(async () => fireEvent.click(screen.getByText('保存')));
  const ids = save.mock.calls.map(([input]) => (input as { requestId?: string }).requestId);
  expect(ids).toHaveLength(2);
  expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(ids[1]).toBe(ids[0]);
});

test('on WeChat a map pick (GCJ-02) is stored as WGS-84', async () => {
  process.env.TARO_ENV = 'weapp';
  const wgs = { lat: 45.62, lng: 122.84 };
  const gcj = wgs84ToGcj02(wgs);
  extra.chooseLocation.mockResolvedValueOnce({ latitude: gcj.lat, longitude: gcj.lng, name: '', address: '' });
  const { container } = render(<ServicesPage />);
  await act(async () => undefined);
  fireEvent.click($(container, '.point-edit'));
  await act(async () => fireEvent.click(screen.getByText('在地图上选择位置')));
  const lat = Number(($(container, '.input-lat') as HTMLInputElement).value);
  const lng = Number(($(container, '.input-lng') as HTMLInputElement).value);
  // GCJ-02 is ≈ 500 m off at Baicheng; the stored point is within a metre of the true one.
  expect(Math.abs(lat - wgs.lat)).toBeLessThan(1e-5);
  expect(Math.abs(lng - wgs.lng)).toBeLessThan(1e-5);
  expect(Math.abs(gcj.lng - wgs.lng)).toBeGreaterThan(1e-3);
});

test('管理员: 撤销 only where the server allows it, after a confirmation naming the person', async () => {
  admins.mockResolvedValue({
    admins: [
      {
        openid: 'o-me',
        regionCode: '220802',
        label: '洮北区司法局管理员',
        regionName: '洮北区',
        revocable: false,
        self: true,
      },
      {
        openid: 'o-t1',
        regionCode: '220802100',
        label: '平台镇管理员',
        regionName: '平台镇',
        revocable: true,
        self: false,
      },
    ],
  });
  revoke.mockResolvedValueOnce({ revoked: true });
  const { container } = render(<AdminsPage />);
  await act(async () => undefined);
  expect(texts(container, 'admin-name')).toEqual(['洮北区司法局管理员（本人）', '平台镇管理员']);
  expect(container.querySelectorAll('.admin-revoke')).toHaveLength(1);
  extra.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
  await act(async () => fireEvent.click(screen.getByText('撤销')));
  expect(revoke).not.toHaveBeenCalled();
  await act(async () => fireEvent.click(screen.getByText('撤销')));
  expect((extra.showModal.mock.calls[1][0] as { content: string }).content).toContain('平台镇管理员（平台镇）');
  expect(revoke).toHaveBeenCalledWith('o-t1');
  expect(admins).toHaveBeenCalledTimes(2);
});
