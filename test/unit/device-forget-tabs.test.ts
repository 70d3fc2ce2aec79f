/**
 * 删除我的数据 in one browser tab reaches the other open tabs (H5). A tab opened before the deletion still holds the
 * resident's drafts in memory; it must not write them back to the shared localStorage when it next saves anything
 * (a landing, a keystroke), and it drops its own sessionStorage drafts. jsdom has one window, so two tabs are two
 * copies of the store modules over the same storage, and the `storage` event a browser delivers to the other tab
 * is dispatched by hand. sessionStorage is per tab in a browser but shared here: the test puts tab A's back after
 * tab B has acted, as B could never have touched it.
 */
import Taro from '@tarojs/taro';
import { landingFixture } from './fixtures/landing';

type Stub = typeof Taro & { __reset: () => void; __storage: Map<string, unknown> };
type Tab = {
  stores: typeof import('~/src/stores');
  forget: typeof import('~/src/stores/forgetDevice');
};

const MARKER = 'pioneer-post-forgotten';
const SESSION_KEY = 'pioneer-post-session-drafts';
const ID_NUMBER = '220802199001011234';
const QUESTION = `我的身份证${ID_NUMBER}丢了，怎么补办？`;
const stored = () => String((Taro as Stub).__storage.get('pioneer-post-store') ?? '');
const tabSession = () => window.sessionStorage.getItem(SESSION_KEY);

const env = process.env.TARO_ENV;
const listeners: [EventTarget, string, EventListenerOrEventListenerObject][] = [];
const realAdd = EventTarget.prototype.addEventListener;

/** A tab opened now: the stores evaluated afresh over the shared storage, its app hooks run as app.tsx runs them. */
function openTab(): Tab {
  let tab: Tab | null = null;
  jest.isolateModules(() => {
    const session = require('~/src/stores/sessionDrafts') as typeof import('~/src/stores/sessionDrafts');
    require('~/src/stores/scanQueue');
    session.keepDraftsForSession();
    tab = {
      stores: require('~/src/stores') as typeof import('~/src/stores'),
      forget: require('~/src/stores/forgetDevice') as typeof import('~/src/stores/forgetDevice'),
    };
  });
  return tab as unknown as Tab;
}

/** Tab A, holding a question that names an ID number and an aid draft with the full personal fields. */
function typeInTab(tab: Tab) {
  const { saveDraft } = tab.stores.useAppStore.getState();
  saveDraft('question', 'P1', { category: 'wages', text: QUESTION });
  saveDraft('aid', 'P1', { matter: 'labourRemuneration', name: '赵铁柱', idNumber: ID_NUMBER });
}

/** Tab B runs 删除我的数据; tab A's own sessionStorage is left as B found it. */
function deleteInOtherTab(b: Tab) {
  const aSession = tabSession();
  b.forget.forgetThisDevice();
  if (aSession === null) window.sessionStorage.removeItem(SESSION_KEY);
  else window.sessionStorage.setItem(SESSION_KEY, aSession);
}

beforeEach(() => {
  (Taro as Stub).__reset();
  window.sessionStorage.clear();
  process.env.TARO_ENV = 'h5';
  jest.spyOn(EventTarget.prototype, 'addEventListener').mockImplementation(function (
    this: EventTarget,
    type: string,
    fn: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (fn) listeners.push([this, type, fn]);
    realAdd.call(this, type, fn, options);
  });
});

afterEach(() => {
  // The tabs of one test must not hear the next test's events.
  for (const [target, type, fn] of listeners.splice(0)) target.removeEventListener(type, fn);
  jest.restoreAllMocks();
  process.env.TARO_ENV = env;
});

test('told by the storage event, the other tab forgets its drafts and writes nothing of them back', () => {
  const a = openTab();
  const b = openTab();
  typeInTab(a);
  expect(stored()).toContain(ID_NUMBER);
  expect(tabSession()).toContain(ID_NUMBER);

  deleteInOtherTab(b);
  expect(stored()).not.toContain(ID_NUMBER);
  window.dispatchEvent(new StorageEvent('storage', { key: MARKER }));

  expect(a.stores.useAppStore.getState().drafts).toEqual({ question: {}, mediation: {}, aid: {} });
  expect(tabSession() ?? '').not.toContain(ID_NUMBER);
  // Tab A goes on to another post's page: a write of the whole store.
  a.stores.useAppStore.getState().saveLanding(landingFixture(), Date.now());
  expect(stored()).not.toContain(ID_NUMBER);
  expect(stored()).toContain('平台镇新立村先锋岗');
});

test('without the event (a page kept in the back-forward cache), its next write finds the deletion and writes nothing of it back', () => {
  const a = openTab();
  const b = openTab();
  typeInTab(a);
  deleteInOtherTab(b);

  a.stores.useAppStore.getState().saveLanding(landingFixture(), Date.now());
  expect(stored()).not.toContain(ID_NUMBER);
  expect(a.stores.useAppStore.getState().drafts.question).toEqual({});
  expect(tabSession() ?? '').not.toContain(ID_NUMBER);
});

test('shown again from the back-forward cache, the tab forgets before the resident sees the old draft', () => {
  const a = openTab();
  const b = openTab();
  typeInTab(a);
  deleteInOtherTab(b);

  window.dispatchEvent(new Event('pageshow'));
  expect(a.stores.useAppStore.getState().drafts.aid).toEqual({});
  expect(tabSession() ?? '').not.toContain(ID_NUMBER);
});

test('once caught up, the tab saves new drafts as usual', () => {
  const a = openTab();
  const b = openTab();
  typeInTab(a);
  deleteInOtherTab(b);
  window.dispatchEvent(new StorageEvent('storage', { key: MARKER }));

  a.stores.useAppStore.getState().saveDraft('question', 'P2', { category: 'family', text: '离婚财产怎么分' });
  expect(stored()).toContain('离婚财产怎么分');
  expect(a.stores.useAppStore.getState().drafts.question.P2).toBeDefined();
});
