/**
 * A resident's forms and pages say what is happening: a paste over the limit is shown as over (never cut), text of
 * emoji alone is refused by the form with a message, the anonymity box says what it hides, a file that is not an
 * image is named as such, the request page shows thumbnails of one's own photos, and 我的诉求 rows show the start
 * of the question.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { RequestDetail, RequestSummary } from '~/types/api';
import AskPage from '~/src/packages/resident/pages/ask';
import { PhotoPicker } from '~/src/packages/resident/pages/aid/Photos';
import MinePage from '~/src/packages/resident/pages/mine';
import RequestPage from '~/src/packages/resident/pages/request';
import { CloudError } from '~/src/services/cloudError';
import { askQuestion } from '~/src/services/requests/askQuestion';
import { fetchMyRequests } from '~/src/services/requests/fetchMyRequests';
import { fetchRequestDetail } from '~/src/services/requests/fetchRequestDetail';
import { uploadPhoto } from '~/src/services/requests/uploadPhoto';
import { useAppStore } from '~/src/stores';
import { openWith, stub } from './support/page';

jest.mock('@tarojs/components', () => jest.requireActual('./stubs/mock-factories').componentsWithTextarea());
jest.mock('~/src/services/requests/askQuestion');
jest.mock('~/src/services/requests/requestSubscribe', () => ({ requestSubscribe: jest.fn(async () => undefined) }));
jest.mock('~/src/services/requests/fetchMyRequests');
jest.mock('~/src/services/requests/fetchRequestDetail');
jest.mock('~/src/services/requests/uploadPhoto', () =>
  jest.requireActual('./stubs/mock-factories').uploadPhotoService(),
);

const chooseImage = jest.fn();
Object.assign(stub, { chooseImage });
const initial = useAppStore.getState();
const AT = Date.UTC(2026, 10, 27, 1, 30);

beforeEach(() => {
  stub.__reset();
  chooseImage.mockReset();
  (askQuestion as jest.Mock).mockReset();
  (uploadPhoto as jest.Mock).mockReset();
  useAppStore.setState(initial, true);
});

function openAsk() {
  return openWith(<AskPage />, { postId: 'TB-PT-0001' });
}
const typeText = (c: HTMLElement, value: string) =>
  fireEvent.change(c.querySelector('.input-text') as HTMLElement, { target: { value } });

test('a paste over the limit is kept whole and the form says by how much it is over; nothing is sent', async () => {
  const { container } = openAsk();
  const input = container.querySelector('.input-text') as HTMLElement;
  // A maxlength would cut the paste silently.
  expect(input.getAttribute('data-maxlength')).toBe('-1');
  fireEvent.click(screen.getByText('拖欠工资'));
  typeText(container, '工'.repeat(530));
  expect(container.querySelector('.char-count')?.textContent).toBe('530/500');
  expect(container.querySelector('.char-over')?.textContent).toBe('最多500个字，现在多了30个字，请删减后再提交');
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(askQuestion).not.toHaveBeenCalled();
  expect(container.textContent).toContain('问题描述不能超过500个字');
});

test('a question of emoji alone is refused by the form with a message, and not sent', async () => {
  const { container } = openAsk();
  fireEvent.click(screen.getByText('拖欠工资'));
  typeText(container, '😭😭😭😭😭😭');
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(askQuestion).not.toHaveBeenCalled();
  expect(container.textContent).toContain('问题描述不能只有表情或符号，请用文字写清楚');
});

test('the anonymity box says what it hides and what it does not', () => {
  const { container } = openAsk();
  const box = container.querySelector('.hide-name') as HTMLElement;
  expect(box.textContent).toContain('匿名');
  expect(box.textContent).toContain('回电电话');
});

describe('photos', () => {
  const pick = (files: { path: string; size: number; type?: string }[]) =>
    chooseImage.mockResolvedValueOnce({ tempFilePaths: files.map((f) => f.path), tempFiles: files, errMsg: 'ok' });

  test('a file that is not an image is named as such and not uploaded', async () => {
    const onChange = jest.fn();
    const { container } = render(<PhotoPicker photos={[]} onChange={onChange} />);
    pick([{ path: 'blob:pdf', size: 50_000, type: 'application/pdf' }]);
    await act(async () => fireEvent.click(container.querySelector('.photo-add') as HTMLElement));
    expect(uploadPhoto).not.toHaveBeenCalled();
    expect(container.querySelector('.photo-error')?.textContent).toContain('只能上传 JPG 或 PNG 图片');
  });

  test("the server's refusal of a file (its bytes) is shown, not 上传失败", async () => {
    const { container } = render(<PhotoPicker photos={[]} onChange={jest.fn()} />);
    pick([{ path: 'blob:x', size: 50_000 }]);
    (uploadPhoto as jest.Mock).mockRejectedValueOnce(new CloudError('INVALID_INPUT', '只能上传 JPG 或 PNG 图片'));
    await act(async () => fireEvent.click(container.querySelector('.photo-add') as HTMLElement));
    expect(container.querySelector('.photo-error')?.textContent).toBe('只能上传 JPG 或 PNG 图片');
  });
});

test("the request page shows thumbnails of the resident's own photos; a tap shows one full size", async () => {
  const detail: RequestDetail = {
    id: 'rq0000001',
    kind: 'aid',
    postId: 'TB-PT-0001',
    postName: '平台镇新立村先锋岗',
    title: '法律援助预申请 · 劳动报酬',
    excerpt: '',
    status: 'submitted',
    createdAt: AT,
    updatedAt: AT,
    dueAt: AT,
    fields: [{ label: '证明材料', value: '2张照片' }],
    timeline: [],
    answers: [],
    rating: null,
    canRate: false,
    canSupplement: false,
    askedFor: null,
    photos: ['f00000000000000000000000a', 'f00000000000000000000000b'],
  };
  (fetchRequestDetail as jest.Mock).mockResolvedValueOnce(detail);
  const { container } = openWith(<RequestPage />, { id: 'rq0000001' });
  await act(async () => undefined);
  const srcs = Array.from(container.querySelectorAll('.own-photo')).map((n) => n.getAttribute('src'));
  expect(srcs).toEqual(['/files/f00000000000000000000000a', '/files/f00000000000000000000000b']);
  fireEvent.click(container.querySelectorAll('.own-photo')[1]);
  expect(Taro.previewImage).toHaveBeenCalledWith({ current: srcs[1], urls: srcs });
});

test('我的诉求 rows show the start of the question', async () => {
  const row: RequestSummary = {
    id: 'rq0000001',
    kind: 'question',
    postId: 'TB-PT-0001',
    postName: '平台镇新立村先锋岗',
    title: '法律咨询 · 拖欠工资',
    excerpt: '去年在工地干了三个月，包工头一直拖着不给钱…',
    status: 'pending',
    createdAt: AT,
    updatedAt: AT,
    dueAt: AT,
  };
  (fetchMyRequests as jest.Mock).mockResolvedValueOnce([row]);
  const { container } = render(<MinePage />);
  await act(async () => undefined);
  expect(container.querySelector('.request-excerpt')?.textContent).toBe(row.excerpt);
});
