/** The legal-aid form's evidence photos: picked, uploaded, shown, removed, kept in the draft and sent as ids. */
import { act, fireEvent, screen } from '@testing-library/react';
import AidPage from '~/src/packages/resident/pages/aid';
import { CloudError } from '~/src/services/cloudError';
import { applyAid as send, uploadPhoto as upload } from './support/services';
import { fillAidForm } from './support/aid-form';
import { openWith, resetEachTest, stub } from './support/page';

jest.mock('@tarojs/components', () => jest.requireActual('./stubs/mock-factories').componentsWithTextarea());
jest.mock('~/src/services/requests/applyAid');
jest.mock('~/src/services/requests/uploadPhoto', () =>
  jest.requireActual('./stubs/mock-factories').uploadPhotoService(),
);
const chooseImage = jest.fn();
Object.assign(stub, { chooseImage });

function picked(...paths: string[]) {
  return { tempFilePaths: paths, tempFiles: paths.map((path) => ({ path, size: 300_000 })), errMsg: 'ok' };
}

async function openForm() {
  const view = openWith(<AidPage />, { postId: 'TB-PT-0001' });
  fireEvent.click(screen.getByText('请求确认劳动关系或者支付劳动报酬'));
  fireEvent.click(screen.getByText('进城务工人员申请支付劳动报酬或者工伤事故人身损害赔偿（第四十二条）'));
  fireEvent.click(screen.getByText('下一步'));
  return view;
}

const thumbs = (c: HTMLElement) => Array.from(c.querySelectorAll('.photo-thumb')).map((n) => n.getAttribute('src'));

async function tapAdd(c: HTMLElement) {
  await act(async () => fireEvent.click(c.querySelector('.photo-add') as HTMLElement));
}

resetEachTest(send, upload, chooseImage);

test('the section is optional; picked photos upload, show as thumbnails and can be removed', async () => {
  const { container } = await openForm();
  expect(screen.getByText('证明材料（可不传）')).toBeTruthy();
  chooseImage.mockResolvedValueOnce(picked('blob:a', 'blob:b'));
  upload.mockResolvedValueOnce('f00000000000000000000000a').mockResolvedValueOnce('f00000000000000000000000b');
  await tapAdd(container);
  expect(chooseImage).toHaveBeenCalledWith({ count: 3, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  expect(upload.mock.calls.map((c) => c[0])).toEqual(['blob:a', 'blob:b']);
  expect(thumbs(container)).toEqual(['/files/f00000000000000000000000a', '/files/f00000000000000000000000b']);

  fireEvent.click(container.querySelectorAll('.photo-remove')[0]);
  expect(thumbs(container)).toEqual(['/files/f00000000000000000000000b']);
});

test('at most three: the add button goes away at three', async () => {
  const { container } = await openForm();
  chooseImage.mockResolvedValueOnce(picked('blob:a', 'blob:b', 'blob:c'));
  upload.mockImplementation(async (p) => `f0000000000000000000000${p.slice(-1)}0`.padEnd(25, '0'));
  await tapAdd(container);
  expect(thumbs(container)).toHaveLength(3);
  expect(container.querySelector('.photo-add')).toBeNull();
});

test('a failed upload says 上传失败，请重试 and keeps the ones that worked; a retry can add it', async () => {
  const { container } = await openForm();
  chooseImage.mockResolvedValueOnce(picked('blob:a', 'blob:b'));
  upload.mockResolvedValueOnce('f00000000000000000000000a').mockRejectedValueOnce(new CloudError('NETWORK'));
  await tapAdd(container);
  expect(container.querySelector('.photo-error')?.textContent).toBe('上传失败，请重试');
  expect(thumbs(container)).toEqual(['/files/f00000000000000000000000a']);
  chooseImage.mockResolvedValueOnce(picked('blob:b'));
  upload.mockResolvedValueOnce('f00000000000000000000000b');
  await tapAdd(container);
  expect(container.querySelector('.photo-error')).toBeNull();
  expect(thumbs(container)).toHaveLength(2);
});

test('a privacy refusal explains itself; a cancelled picker says nothing', async () => {
  const { container } = await openForm();
  chooseImage.mockRejectedValueOnce({ errMsg: 'chooseImage:fail cancel' });
  await tapAdd(container);
  expect(container.querySelector('.photo-error')).toBeNull();
  chooseImage.mockRejectedValueOnce({ errno: 104, errMsg: 'chooseImage:fail privacy permission is not authorized' });
  await tapAdd(container);
  expect(container.querySelector('.photo-error')?.textContent).toBe('需要同意隐私说明后才能选择照片');
  expect(upload).not.toHaveBeenCalled();
});

test('the photos survive closing the page and are sent with the form as ids', async () => {
  const first = await openForm();
  chooseImage.mockResolvedValueOnce(picked('blob:a'));
  upload.mockResolvedValueOnce('f00000000000000000000000a');
  await tapAdd(first.container);
  first.unmount();

  const { container } = openWith(<AidPage />, { postId: 'TB-PT-0001' });
  expect(thumbs(container)).toEqual(['/files/f00000000000000000000000a']);
  fillAidForm(container);
  // A 第四十二条 applicant is not asked for the hardship pledge (第四十一条).
  expect(container.querySelector('.pledge-checkbox')).toBeNull();
  send.mockResolvedValueOnce({ id: 'raid00001', created: true, dueAt: Date.UTC(2026, 11, 5) });
  await act(async () => fireEvent.click(screen.getByText('提交')));
  expect(send).toHaveBeenCalledWith(expect.objectContaining({ photos: ['f00000000000000000000000a'] }));
});
