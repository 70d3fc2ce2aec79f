/** The guides pages as a villager uses them: search as you type, open a guide, call the right people. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import GuidesHomePage from '~/src/packages/guides/pages/index';
import GuideDetailPage from '~/src/packages/guides/pages/detail';
import TopicPage from '~/src/packages/guides/pages/topic';
import { GUIDES } from '~/src/services/guides/catalog';
import { useAppStore } from '~/src/stores';
import { landingFixture } from './fixtures/landing';
import { callButton, openWith, resetEachTest, stub } from './support/page';

const initial = useAppStore.getState();

const texts = (root: HTMLElement, cls: string) =>
  Array.from(root.querySelectorAll(`.${cls}`)).map((n) => (n.textContent ?? '').trim());

function type(container: HTMLElement, value: string) {
  const input = container.querySelector('.guide-search-input') as HTMLInputElement;
  act(() => {
    fireEvent.change(input, { target: { value } });
  });
}

resetEachTest();

test('the home shows the topics, and typing in the search box shows matching guides at once', () => {
  const { container } = openWith(<GuidesHomePage />, { postId: 'TB-PT-0001' });
  expect(texts(container, 'guide-topic').length).toBeGreaterThanOrEqual(12);
  expect(container.querySelectorAll('.guide-result')).toHaveLength(0);

  type(container, '工资 拖欠');
  const titles = texts(container, 'guide-title');
  expect(titles[0]).toBe('老板拖欠工资不给怎么办？');
  expect(container.querySelectorAll('.guide-topic')).toHaveLength(0);

  fireEvent.click(container.querySelectorAll('.guide-result')[0]);
  expect(Taro.navigateTo).toHaveBeenCalledWith({
    url: '/packages/guides/pages/detail/index?id=wages-unpaid&postId=TB-PT-0001',
  });

  type(container, '');
  expect(texts(container, 'guide-topic').length).toBeGreaterThanOrEqual(12);
});

test('a search with no match says so and offers 12348', () => {
  const { container } = render(<GuidesHomePage />);
  type(container, '火星移民');
  expect(container.querySelectorAll('.guide-result')).toHaveLength(0);
  expect(screen.getByText('没有找到相关指南')).toBeTruthy();
  expect(screen.getByText(/12348/, { selector: '.state-hint' })).toBeTruthy();
  fireEvent.click(screen.getByText('拨打 12348'));
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12348' });
});

test("a topic page lists that topic's guides only", () => {
  const { container } = openWith(<TopicPage />, { topic: 'wages' });
  const titles = texts(container, 'guide-title');
  expect(titles).toContain('老板拖欠工资不给怎么办？');
  expect(titles).toContain('包工头跑了，工地的工钱找谁要？');
  expect(titles).not.toContain('离婚后孩子归谁？');
});

test('a guide shows its answer, numbered steps, case and exact citations under 引用法条', () => {
  const { container } = openWith(<GuideDetailPage />, { id: 'divorce-children' });
  expect(texts(container, 'guide-title')).toEqual(['离婚后孩子归谁？']);
  expect(texts(container, 'guide-answer')[0]).toContain('不满两周岁的，原则上跟妈妈');
  const steps = container.querySelector('.guide-steps') as HTMLElement;
  expect(steps.querySelectorAll('.guide-step')).toHaveLength(4);
  expect(texts(container, 'guide-case')[0]).toContain('镇赉县的老孙');
  expect(screen.getByText('引用法条')).toBeTruthy();
  expect(texts(container, 'guide-citation')).toEqual([
    '《中华人民共和国民法典》第一千零八十四条',
    '《中华人民共和国民法典》第一千零八十五条',
    '《中华人民共和国民法典》第一千零八十六条',
  ]);
  // Each citation says what the article says, from the verified table.
  expect(texts(container, 'guide-citation-gist')[0]).toContain('不满两周岁的子女以由母亲直接抚养为原则');
});

test.each(GUIDES.map((g) => [g.id] as const))(
  'guide %s says what each cited article says and closes with the advice line',
  (id) => {
    const { container } = openWith(<GuideDetailPage />, { id });
    const gists = texts(container, 'guide-citation-gist');
    expect(gists.length).toBeGreaterThan(0);
    for (const gist of gists) expect(gist.length).toBeGreaterThan(5);
    const closing = texts(container, 'guide-closing');
    expect(closing).toHaveLength(1);
    expect(closing[0]).toMatch(/每个人的情况都不一样.*12348.*法律明白人/);
  },
);

test("opened from a post, a guide offers that post's volunteer, mediation room and legal aid, with calls", () => {
  useAppStore.getState().saveLanding(landingFixture(), Date.now());
  const { container } = openWith(<GuideDetailPage />, { id: 'divorce-children', postId: 'TB-PT-0001' });
  const contacts = container.querySelector('.guide-contacts') as HTMLElement;
  expect(within(contacts).getByText('来自：平台镇新立村先锋岗')).toBeTruthy();
  expect(within(contacts).getByText('王秀兰个人调解室')).toBeTruthy();
  expect(within(contacts).getByText('洮北区法律援助中心')).toBeTruthy();
  // 李建国 keeps his phone private: only the volunteer with a public number gets a call button.
  expect(within(contacts).queryByText('拨打 李建国')).toBeNull();
  fireEvent.click(within(contacts).getByText('拨打 王秀兰'));
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13804361234' });
  fireEvent.click(callButton(contacts, '拨打电话 12348'));
  expect(Taro.makePhoneCall).toHaveBeenLastCalledWith({ phoneNumber: '12348' });
});

test("with no post in the query, the most recent post's contacts are used; with none at all, 12348 only", () => {
  useAppStore.getState().saveLanding(landingFixture(), Date.now());
  const first = openWith(<GuideDetailPage />, { id: 'land-dispute' });
  expect(within(first.container).getByText('平台镇司法所')).toBeTruthy();
  first.unmount();

  useAppStore.setState(initial, true);
  const { container } = openWith(<GuideDetailPage />, { id: 'land-dispute' });
  expect(within(container).queryByText('平台镇司法所')).toBeNull();
  expect(texts(container, 'service-name')).toEqual(['12348 公共法律服务热线']);
  expect(within(container).getByText(/还可以找：农村土地承包仲裁委员会/)).toBeTruthy();
});

test('an unknown guide id says so instead of a blank page', () => {
  stub.__setRouterParams({ id: 'no-such-guide' });
  render(<GuideDetailPage />);
  expect(screen.getByText('没有找到这条指南')).toBeTruthy();
});
