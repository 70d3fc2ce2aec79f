/**
 * Loads the BUILT weapp (dist/weapp) into miniprogram-simulate. j-component only knows Component(), so
 * App() is captured and launched by hand, and Page() is forwarded to Component() with lifetimes that
 * play onLoad/onShow/onReady the way WeChat does.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where `npx taro build --type weapp` writes (WEAPP_DIST overrides, e.g. to test another build). */
export const DIST = path.resolve(process.env.WEAPP_DIST ?? path.join(__dirname, '../../dist/weapp'));

/** j-component's class prefix for the root component (its default tag name is "main"). */
const CLASS_PREFIX = 'main--';

/** A stand-in for wx.cloud.callFunction: gets { name, data }, returns `result` (the envelope). */
export type CloudHandler = (call: { name: string; data: Record<string, unknown> }) => unknown;

/** A rendered page with the few queries the tests need. */
export interface RenderedPage {
  texts: (className: string) => string[];
  allText: () => string;
  /** Taps the `index`-th element with `className`, as a finger would (Taro's handler runs after a microtask). */
  tap: (className: string, index?: number) => void;
  /** Types `value` into the `index`-th input/textarea with `className` (an `input` event with detail.value). */
  input: (className: string, value: string, index?: number) => void;
  /**
   * What WeChat gets when the resident forwards the page (转发, from the ··· menu): the page's onShareAppMessage
   * result, or `null` when the page registers none, where WeChat greys 转发 out.
   */
  share: () => unknown;
  /** What WeChat's 收藏 gets from the page's onAddToFavorites (undefined: WeChat keeps the page's own query). */
  favorite: () => unknown;
  /** Plays onShow again, as WeChat does when the page above this one closes (back). */
  show: () => void;
  /**
   * The pull-down gesture. As in WeChat, it fires onPullDownRefresh only where the built page's JSON sets
   * `enablePullDownRefresh`; elsewhere the page merely bounces. Returns whether it fired.
   */
  pullDown: () => boolean;
  unload: () => void;
}

type PageOptions = Record<string, unknown> & { data?: Record<string, unknown> };
type Instance = Record<string, (...args: unknown[]) => unknown>;
interface SimNode {
  dispatchEvent: (name: string, options?: { detail?: Record<string, unknown> }) => void;
}
interface SimComponent {
  dom: HTMLElement;
  instance: Instance;
  querySelectorAll: (selector: string) => SimNode[];
  attach: (parent: Element) => void;
  detach: () => void;
}
interface Simulate {
  load: (p: string, opts: { rootPath: string }) => string;
  render: (id: string) => SimComponent;
}

/** Fails loudly (never skips) when there is no build to test. */
export function assertBuilt(): void {
  for (const f of ['app.js', 'app.json', 'base.wxml', 'pages/post/index.js']) {
    if (!fs.existsSync(path.join(DIST, f))) {
      throw new Error(
        `${path.join(DIST, f)} is missing: build the mini-program first with ` +
          '`NODE_ENV=production npx taro build --type weapp`, then rerun `npx jest --selectProjects sim`.',
      );
    }
  }
}

/** Boots the built app once with `cloud` standing in for WeChat Cloud; returns a page renderer. */
export function bootApp(cloud: CloudHandler) {
  assertBuilt();
  const g = globalThis as Record<string, unknown>;
  const simulate = require('miniprogram-simulate') as Simulate;
  const wx = g.wx as Record<string, unknown>;
  wx.cloud = {
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init: () => undefined,
    callFunction: (opts: { name: string; data: Record<string, unknown> }) =>
      Promise.resolve().then(() => ({ result: cloud(opts), errMsg: 'cloud.callFunction:ok' })),
  };
  let query: Record<string, string> = {};
  let route = '';
  let app: Record<string, (...args: unknown[]) => unknown> | null = null;
  g.App = (options: typeof app) => {
    app = options;
  };
  g.getApp = () => app;
  // WeChat's page stack: the pages opened and not yet unloaded, the one shown last (Taro binds this at load).
  const stack: (Instance & { route?: string })[] = [];
  g.getCurrentPages = () => [...stack];
  g.Page = (options: PageOptions) => {
    const methods: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v;
    (g.Component as (o: unknown) => void)({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: Instance & { route?: string }) {
          this.route = route;
          stack.push(this);
          this.onLoad(query);
          this.onShow();
        },
        ready(this: Instance) {
          this.onReady();
        },
        detached(this: Instance) {
          this.onUnload();
          const at = stack.indexOf(this);
          if (at >= 0) stack.splice(at, 1);
        },
      },
    });
  };
  require(path.join(DIST, 'app.js'));
  if (!app) throw new Error('dist/weapp/app.js did not call App()');
  const launched = app as Record<string, (...args: unknown[]) => unknown>;
  launched.onLaunch?.call(launched, { path: 'pages/index/index', query: {}, scene: 1001 });

  const loaded = new Map<string, string>();
  /** Renders page `pagePath` (e.g. 'pages/post/index') with the query WeChat would pass to onLoad. */
  return function open(pagePath: string, pageQuery: Record<string, string>): RenderedPage {
    let id = loaded.get(pagePath);
    if (!id) {
      id = simulate.load(path.join(DIST, pagePath), { rootPath: DIST });
      loaded.set(pagePath, id);
    }
    query = pageQuery;
    route = pagePath;
    const comp = simulate.render(id);
    const parent = document.createElement('parent-wrapper');
    comp.attach(parent);
    return {
      // j-component scopes every class with its tag name ("main--post-name"), as WeChat scopes wxss.
      texts: (cls) =>
        Array.from(comp.dom.querySelectorAll(`.${CLASS_PREFIX}${cls}`)).map((n) => (n.textContent ?? '').trim()),
      allText: () => comp.dom.textContent ?? '',
      tap: (cls, index = 0) => nodeOf(comp, cls, index).dispatchEvent('tap', { detail: {} }),
      input: (cls, value, index = 0) => nodeOf(comp, cls, index).dispatchEvent('input', { detail: { value } }),
      show: () => void comp.instance.onShow(),
      pullDown: () => {
        const json = JSON.parse(fs.readFileSync(path.join(DIST, `${pagePath}.json`), 'utf8')) as Record<
          string,
          unknown
        >;
        if (json.enablePullDownRefresh !== true) return false;
        void comp.instance.onPullDownRefresh();
        return true;
      },
      favorite: () => {
        const handler = comp.instance.onAddToFavorites;
        return typeof handler === 'function' ? handler.call(comp.instance, {}) : undefined;
      },
      share: () => {
        const handler = comp.instance.onShareAppMessage;
        return typeof handler === 'function' ? handler.call(comp.instance, { from: 'menu' }) : null;
      },
      unload: () => comp.detach(),
    };
  };
}

/** One cloud call the app made: the function's name and the event it sent. */
export type CloudCall = { name: string; data: Record<string, unknown> };

/**
 * The weapp of one test file: boot() it once with the cloud's answers (in beforeAll), open() pages in the tests.
 * Every call the app makes is recorded in `calls`; after each test the pages it opened are unloaded and `calls`
 * emptied, so no test sees another's page or calls.
 */
export function simApp() {
  const calls: CloudCall[] = [];
  const opened: RenderedPage[] = [];
  let render: ReturnType<typeof bootApp> | null = null;
  afterEach(() => {
    for (const page of opened.splice(0)) page.unload();
    calls.length = 0;
  });
  return {
    calls,
    boot(cloud: CloudHandler): void {
      render = bootApp((call) => {
        calls.push(call);
        return cloud(call);
      });
    },
    open(pagePath: string, pageQuery: Record<string, string>): RenderedPage {
      if (!render) throw new Error('simApp: boot() the app in beforeAll before opening a page');
      const page = render(pagePath, pageQuery);
      opened.push(page);
      return page;
    },
  };
}

/** The `index`-th node with class `cls` (j-component's own selectors are unprefixed); fails loudly when absent. */
function nodeOf(comp: SimComponent, cls: string, index: number): SimNode {
  const node = comp.querySelectorAll(`.${cls}`)[index];
  if (!node)
    throw new Error(`no element .${cls}[${index}] on the page; text: ${(comp.dom.textContent ?? '').slice(0, 300)}`);
  return node;
}

/** Polls `probe` until it returns a value (rendering is asynchronous); fails with `describe()` on timeout. */
export async function until<T>(
  probe: () => T | null | undefined | false,
  describe: () => string,
  ms = 4000,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms; page text: ${describe().slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
