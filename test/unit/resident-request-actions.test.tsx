/** 诉求详情 for issue 4: guide links under answers, rating an answer once, and 补充说明 when asked for more. */
import { act, fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { RequestDetail } from '~/types/api';
import RequestPage from '~/src/packages/resident/pages/request';
import { CloudError } from '~/src/services/cloudError';
import { fetchRequestDetail as detail, rateAnswer as rate, supplementRequest as supplement } from './support/services';
import { openWith, resetEachTest } from './support/page';

jest.mock('@tarojs/components', () => jest.requireActual('./stubs/mock-factories').componentsWithTextarea());
jest.mock('~/src/services/requests/fetchRequestDetail');
jest.mock('~/src/services/requests/rateAnswer');
jest.mock('~/src/services/requests/supplementRequest');
const AT = Date.UTC(2026, 10, 27, 1, 30);
const DUE = Date.UTC(2026, 10, 28, 1, 30);

function full(over: Partial<RequestDetail>): RequestDetail {
  return {
    id: 'rq0000001',
    kind: 'question',
    postId: 'TB-PT-0001',
    postName: '平台镇新立村先锋岗',
    title: '拖欠工资',
    excerpt: '',
    status: 'answered',
    createdAt: AT,
    updatedAt: AT,
    dueAt: DUE,
    fields: [{ label: '咨询类别', value: '拖欠工资' }],
    timeline: [{ at: AT, status: 'pending', by: '本人', note: '' }],
    answers: [{ at: DUE, by: '法律明白人 王秀兰', text: '可以先向劳动监察大队投诉。', guideIds: [] }],
    rating: null,
    canRate: false,
    canSupplement: false,
    askedFor: null,
    ...over,
  };
}

async function renderDetail() {
  const view = openWith(<RequestPage />, { id: 'rq0000001' });
  await act(async () => undefined);
  return view;
}

const $ = (c: HTMLElement, sel: string) => c.querySelector(sel) as HTMLElement;
const texts = (c: HTMLElement, cls: string) => Array.from(c.querySelectorAll(`.${cls}`)).map((n) => n.textContent);

resetEachTest(detail, rate, supplement);

describe('guide links', () => {
  test("an answer's linked guides show by title and open the guide", async () => {
    const answers = [{ at: DUE, by: '法律明白人 王秀兰', text: '先协商。', guideIds: ['wages-unpaid', 'nope-404'] }];
    detail.mockResolvedValueOnce(full({ answers }));
    const { container } = await renderDetail();
    expect(texts(container, 'guide-link')).toEqual(['老板拖欠工资不给怎么办？ ›', '查看普法指南 ›']);
    fireEvent.click(container.querySelectorAll('.guide-link')[0]);
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/guides/pages/detail/index?id=wages-unpaid' });
  });

  test('an answer without guides shows no guide block', async () => {
    detail.mockResolvedValueOnce(full({}));
    const { container } = await renderDetail();
    expect(container.querySelector('.answer-guides')).toBeNull();
  });
});

describe('rating', () => {
  test('no rating form unless canRate', async () => {
    detail.mockResolvedValueOnce(full({ canRate: false }));
    const { container } = await renderDetail();
    expect(container.querySelector('.rating-form')).toBeNull();
  });

  test('tapping the 4th star fills four; submit sends stars and word, then shows the rating and thanks', async () => {
    detail.mockResolvedValueOnce(full({ canRate: true }));
    rate.mockResolvedValueOnce(undefined);
    const { container } = await renderDetail();
    const stars = container.querySelectorAll('.rating-form .rating-star');
    expect(stars).toHaveLength(5);
    fireEvent.click(stars[3]);
    expect(container.querySelectorAll('.rating-form .rating-star-on')).toHaveLength(4);
    expect(screen.getByText('满意')).toBeTruthy();
    fireEvent.change($(container, '.rating-word-input'), { target: { value: ' 讲得很清楚 ' } });
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(rate).toHaveBeenCalledWith({ id: 'rq0000001', stars: 4, word: '讲得很清楚' });
    expect(container.querySelector('.rating-form')).toBeNull();
    expect(container.querySelectorAll('.rating-done .rating-star-on')).toHaveLength(4);
    expect(texts(container, 'rating-word')).toEqual(['讲得很清楚']);
    expect(screen.getByText('感谢您的评价！')).toBeTruthy();
  });

  test('submitting without stars asks for them and sends nothing', async () => {
    detail.mockResolvedValueOnce(full({ canRate: true }));
    await renderDetail();
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(screen.getByText('请先点星星打分')).toBeTruthy();
    expect(rate).not.toHaveBeenCalled();
  });

  test('a word over the limit is refused before sending; the counter turns red', async () => {
    detail.mockResolvedValueOnce(full({ canRate: true }));
    const { container } = await renderDetail();
    fireEvent.click(container.querySelectorAll('.rating-star')[4]);
    fireEvent.change($(container, '.rating-word-input'), { target: { value: '好'.repeat(101) } });
    expect(texts(container, 'char-count')).toEqual(['101/100']);
    expect(container.querySelector('.char-count-over')).not.toBeNull();
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(screen.getByText('评价不能超过100个字')).toBeTruthy();
    expect(rate).not.toHaveBeenCalled();
  });

  test('an existing rating is shown without a form: no second rating', async () => {
    detail.mockResolvedValueOnce(full({ canRate: false, rating: { stars: 5, word: '' } }));
    const { container } = await renderDetail();
    expect(container.querySelector('.rating-form')).toBeNull();
    expect(container.querySelectorAll('.rating-done .rating-star-on')).toHaveLength(5);
    expect(screen.queryByText('感谢您的评价！')).toBeNull();
    // Tapping a shown star changes nothing.
    fireEvent.click(container.querySelectorAll('.rating-done .rating-star')[0]);
    expect(container.querySelectorAll('.rating-done .rating-star-on')).toHaveLength(5);
  });

  test('ALREADY_RATED from the server says so and reloads to show the rating', async () => {
    detail
      .mockResolvedValueOnce(full({ canRate: true }))
      .mockResolvedValueOnce(full({ canRate: false, rating: { stars: 3, word: '还行' } }));
    rate.mockRejectedValueOnce(new CloudError('ALREADY_RATED'));
    const { container } = await renderDetail();
    fireEvent.click(container.querySelectorAll('.rating-star')[2]);
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(detail).toHaveBeenCalledTimes(2);
    expect(container.querySelector('.rating-form')).toBeNull();
    expect(texts(container, 'rating-word')).toEqual(['还行']);
  });
});

describe('补充说明', () => {
  test('hidden unless canSupplement', async () => {
    detail.mockResolvedValueOnce(full({ status: 'pending' }));
    const { container } = await renderDetail();
    expect(container.querySelector('.supplement-card')).toBeNull();
  });

  test('shows what was asked for; sends the text; the detail reloads with the new status', async () => {
    detail
      .mockResolvedValueOnce(full({ status: 'needMore', canSupplement: true, askedFor: '请说明欠薪的月份和金额' }))
      .mockResolvedValueOnce(
        full({
          status: 'pending',
          timeline: [
            { at: AT, status: 'pending', by: '本人', note: '' },
            { at: DUE, status: 'needMore', by: '法律明白人 王秀兰', note: '请说明欠薪的月份和金额' },
            { at: DUE + 60_000, status: 'pending', by: '本人', note: '已补充说明' },
          ],
        }),
      );
    supplement.mockResolvedValueOnce('pending');
    const { container } = await renderDetail();
    expect(texts(container, 'request-status')).toEqual(['需补充材料']);
    expect(texts(container, 'asked-for-text')).toEqual(['请说明欠薪的月份和金额']);
    fireEvent.change($(container, '.supplement-input'), { target: { value: '2026年8月到10月，共9000元' } });
    await act(async () => fireEvent.click(screen.getByText('提交补充说明')));
    expect(supplement).toHaveBeenCalledWith({ id: 'rq0000001', text: '2026年8月到10月，共9000元', photos: [] });
    expect(detail).toHaveBeenCalledTimes(2);
    expect(container.querySelector('.supplement-card')).toBeNull();
    expect(texts(container, 'request-status')).toEqual(['待答复']);
    expect(texts(container, 'timeline-entry')).toHaveLength(3);
  });

  test('too short a supplement is refused before sending; a server refusal is shown', async () => {
    detail.mockResolvedValue(full({ status: 'needMore', canSupplement: true, askedFor: '请补充' }));
    supplement.mockRejectedValueOnce(new CloudError('INVALID_TRANSITION'));
    const { container } = await renderDetail();
    fireEvent.change($(container, '.supplement-input'), { target: { value: '是' } });
    await act(async () => fireEvent.click(screen.getByText('提交补充说明')));
    expect(screen.getByText('补充内容至少2个字')).toBeTruthy();
    expect(supplement).not.toHaveBeenCalled();
    fireEvent.change($(container, '.supplement-input'), { target: { value: '欠了三个月' } });
    await act(async () => fireEvent.click(screen.getByText('提交补充说明')));
    expect(screen.getByText('当前状态下不能进行此操作，请刷新后查看')).toBeTruthy();
  });
});
