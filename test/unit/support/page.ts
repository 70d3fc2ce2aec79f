/**
 * What every page test does around its page: Taro's stand-in (test/unit/stubs/taro.ts) with its helpers typed,
 * a clean slate before each test (storage, router, spy calls, the given mocks, the app store), and reading or
 * typing into the rendered page by class name.
 */
import { fireEvent, render } from '@testing-library/react';
import type { ReactElement } from 'react';
import Taro from '@tarojs/taro';
import { useAppStore } from '~/src/stores';

/** Taro's stand-in with the helpers a test drives. */
export const stub = Taro as typeof Taro & {
  __reset: () => void;
  __setRouterParams: (p: Record<string, string>) => void;
  __storage: Map<string, unknown>;
};

/** Before each test of the file: Taro's stand-in emptied, `mocks` reset and the app store as the file loaded it. */
export function resetEachTest(...mocks: { mockReset: () => unknown }[]): void {
  const initial = useAppStore.getState();
  beforeEach(() => {
    stub.__reset();
    for (const mock of mocks) mock.mockReset();
    useAppStore.setState(initial, true);
  });
}

/** The text of every element with class `cls`, in document order. */
export function texts(container: HTMLElement, cls: string): (string | null)[] {
  return Array.from(container.querySelectorAll(`.${cls}`)).map((n) => n.textContent);
}

/** Types `value` into the element with class `cls`, as a change event. */
export function type(container: HTMLElement, cls: string, value: string): void {
  fireEvent.change(container.querySelector(`.${cls}`) as HTMLElement, { target: { value } });
}

/** Renders `page` as opened with the query `params` (the router params the page reads on loading). */
export function openWith(page: ReactElement, params: Record<string, string>) {
  stub.__setRouterParams(params);
  return render(page);
}

/**
 * The call button under `root` that reads `text` (拨打电话 12348): its label and number are pieces of their own, so
 * that the number never breaks, and getByText finds neither as the whole.
 */
export function callButton(root: HTMLElement, text: string): HTMLElement {
  const found = Array.from(root.querySelectorAll<HTMLElement>('.call-button')).find(
    (b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim() === text,
  );
  if (!found) throw new Error(`no call button reads ${text}`);
  return found;
}
