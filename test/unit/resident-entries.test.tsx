/** Ways in: the landing page's three big entries, the home page's 我的诉求, and the drafts slice under them. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import HomePage from '~/src/pages/index';
import PostPage from '~/src/pages/post';
import { useAppStore } from '~/src/stores';
import { DRAFT_CAP } from '~/src/stores/draftsSlice';
import { landAsResident } from './support/landing';
import { openWith, resetEachTest } from './support/page';

jest.mock('~/src/services/post/landPost');
jest.mock('~/src/services/session/fetchMe');
jest.mock('~/src/services/demo/fetchDemo');
const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

resetEachTest();
landAsResident();

test.each([
  ['entry-ask', '我要咨询', 'ask'],
  ['entry-mediation', '申请调解', 'mediation'],
  ['entry-aid', '法律援助', 'aid'],
])('the landing page entry %s (%s) opens its form for this post', async (cls, label, page) => {
  const { container } = openWith(<PostPage />, { id: 'TB-PT-0001' });
  await screen.findByText('平台镇新立村先锋岗');
  const button = container.querySelector(`.${cls}`) as HTMLElement;
  expect(button.textContent).toBe(label);
  fireEvent.click(button);
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: `/packages/resident/pages/${page}/index?postId=TB-PT-0001`,
  });
});

test('the home page opens 我的诉求', async () => {
  const { container } = render(<HomePage />);
  await act(async () => undefined);
  const entry = container.querySelector('.entry-mine') as HTMLElement;
  expect(entry.textContent).toBe('我的诉求');
  fireEvent.click(entry);
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/resident/pages/mine/index' });
});

describe('drafts', () => {
  test('a draft gets one uuid4 clientId that later edits keep; clearing forgets it', () => {
    const { saveDraft, clearDraft } = useAppStore.getState();
    saveDraft('question', 'P1', { text: '问一下' });
    const clientId = useAppStore.getState().drafts.question.P1.clientId;
    expect(clientId).toMatch(UUID4);
    saveDraft('question', 'P1', { category: 'land' });
    expect(useAppStore.getState().drafts.question.P1).toMatchObject({
      clientId,
      fields: { text: '问一下', category: 'land' },
    });
    clearDraft('question', 'P1');
    expect(useAppStore.getState().drafts.question.P1).toBeUndefined();
    saveDraft('question', 'P1', { text: '再问' });
    expect(useAppStore.getState().drafts.question.P1.clientId).not.toBe(clientId);
  });

  test('drafts are per form and per post, and only the latest few are kept', () => {
    const { saveDraft } = useAppStore.getState();
    saveDraft('question', 'P1', { text: '咨询' });
    saveDraft('mediation', 'P1', { otherParty: '邻居' });
    expect(useAppStore.getState().drafts.question.P1.fields).toEqual({ text: '咨询' });
    expect(useAppStore.getState().drafts.mediation.P1.fields).toEqual({ otherParty: '邻居' });

    const now = jest.spyOn(Date, 'now');
    for (let i = 0; i < DRAFT_CAP + 3; i++) {
      now.mockReturnValue(1000 + i);
      saveDraft('aid', `P${i}`, { name: `申请人${i}` });
    }
    now.mockRestore();
    const kept = Object.keys(useAppStore.getState().drafts.aid);
    expect(kept).toHaveLength(DRAFT_CAP);
    expect(kept).not.toContain('P0');
    expect(kept).toContain(`P${DRAFT_CAP + 2}`);
  });
});
