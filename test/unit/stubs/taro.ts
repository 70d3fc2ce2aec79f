/** jsdom stand-in for @tarojs/taro: in-memory storage, spied device APIs, a settable router. */

type Params = Partial<Record<string, string>>;

// Held on globalThis so a store re-required in jest.isolateModules still sees what was persisted.
const g = globalThis as { __taroStorage?: Map<string, unknown> };
const storage: Map<string, unknown> = (g.__taroStorage ??= new Map());
let routerParams: Params = {};

const resolved = () => jest.fn((..._args: unknown[]) => Promise.resolve({ errMsg: 'ok' }));

/** The spies and helpers tests use; same object as the default export. */
const Taro = {
  getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, value)),
  removeStorageSync: jest.fn((key: string) => void storage.delete(key)),
  makePhoneCall: resolved(),
  navigateTo: resolved(),
  redirectTo: resolved(),
  reLaunch: resolved(),
  navigateBack: resolved(),
  showToast: resolved(),
  setClipboardData: resolved(),
  openLocation: resolved(),
  previewImage: resolved(),
  setNavigationBarTitle: resolved(),
  pageScrollTo: resolved(),
  scanCode: jest.fn((_opts?: unknown): Promise<{ result: string; path?: string }> =>
    Promise.reject({ errMsg: 'scanCode:fail cancel' }),
  ),
  cloud: {
    DYNAMIC_CURRENT_ENV: 'dynamic-current-env',
    init: jest.fn(),
    callFunction: jest.fn((_opts: { name: string; data: unknown }): Promise<{ result: unknown }> =>
      Promise.reject(new Error('callFunction not stubbed')),
    ),
  },
  /** The page stack, as Taro's H5 router reports it (`route`: the path without its query). */
  getCurrentPages: jest.fn((): { route: string }[] => []),
  getCurrentInstance: jest.fn(() => ({ router: { params: routerParams, path: '' } })),
  pxTransform: (px: number) => `${px / 2}px`,
  /** Test helper: the query the next rendered page sees. */
  __setRouterParams(params: Params) {
    routerParams = params;
  },
  /** Test helper: empties storage and router and clears every spy's calls (keeps implementations). */
  __reset() {
    storage.clear();
    routerParams = {};
    jest.clearAllMocks();
  },
  /** Test helper: raw storage. */
  __storage: storage,
  /** Test helper: what the page's useShareAppMessage would answer WeChat's 转发 now (null: none registered). */
  __share: null as null | (() => { title?: string; path?: string }),
};

export const useRouter = () => ({ params: routerParams, path: '' });
/** Keeps the latest handler, as WeChat asks the page when 转发 is tapped. */
export const useShareAppMessage = (fn: () => { title?: string; path?: string }) => {
  Taro.__share = fn;
};
export const useLaunch = (fn: () => void) => fn();
export const useDidShow = (_fn: () => void) => undefined;
export const useDidHide = (_fn: () => void) => undefined;
export const usePullDownRefresh = (_fn: () => void) => undefined;
export const useAddToFavorites = (_fn: () => unknown) => undefined;
export const useLoad = (_fn: () => void) => undefined;
export const getCurrentInstance = Taro.getCurrentInstance;

export default Taro;
