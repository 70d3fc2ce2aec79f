/** 证明材料 on a legal-aid case: only for the deciding office, only on ask after the "this is recorded" notice. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { WorkDetail } from '~/types/api';
import { EvidencePhotos } from '~/src/packages/work/pages/case/EvidencePhotos';
import { fetchEvidence as evidence } from './support/services';

jest.mock('~/src/services/work/fetchEvidence');
const extra = Object.assign(Taro, { showModal: jest.fn(), previewImage: jest.fn() });

const detail = (over: Partial<WorkDetail> = {}) =>
  ({
    id: 'r0123456789',
    kind: 'aid',
    actions: ['approve', 'decline', 'reveal'],
    fields: [{ label: '证明材料', value: '2张照片' }],
    ...over,
  }) as WorkDetail;

beforeEach(() => {
  (Taro as typeof Taro & { __reset: () => void }).__reset();
  evidence.mockReset();
  extra.showModal.mockReset().mockResolvedValue({ confirm: true, cancel: false });
  extra.previewImage.mockReset().mockResolvedValue({});
});

test('the deciding office asks, is told the view is recorded, then sees the photos full size on tap', async () => {
  evidence.mockResolvedValueOnce({
    photos: [{ url: 'https://tmp/a.jpg' }, { url: 'https://tmp/b.jpg' }],
    expiresInS: 300,
  });
  const { container } = render(<EvidencePhotos detail={detail()} />);
  expect(container.querySelector('.evidence-photo')).toBeNull();
  await act(async () => fireEvent.click(screen.getByText('查看证明材料')));
  expect((extra.showModal.mock.calls[0][0] as { content: string }).content).toContain('记录');
  expect(evidence).toHaveBeenCalledWith('r0123456789');
  const imgs = container.querySelectorAll('.evidence-photo');
  expect(Array.from(imgs).map((i) => i.getAttribute('src'))).toEqual(['https://tmp/a.jpg', 'https://tmp/b.jpg']);
  fireEvent.click(imgs[1]);
  expect(extra.previewImage).toHaveBeenCalledWith({
    urls: ['https://tmp/a.jpg', 'https://tmp/b.jpg'],
    current: 'https://tmp/b.jpg',
  });
});

test('declining the notice asks nothing; other handlers, other kinds and photo-less cases show no card', async () => {
  extra.showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
  render(<EvidencePhotos detail={detail()} />);
  await act(async () => fireEvent.click(screen.getByText('查看证明材料')));
  expect(evidence).not.toHaveBeenCalled();
  for (const d of [detail({ actions: ['approve'] }), detail({ kind: 'question' }), detail({ fields: [] })]) {
    const { container, unmount } = render(<EvidencePhotos detail={d} />);
    expect(container.querySelector('.case-evidence')).toBeNull();
    unmount();
  }
});
