/**
 * Extra stand-ins the worker pages need beyond test/unit/stubs: Textarea, a date Picker, pull-down refresh and
 * showModal. Each work-*.test.tsx mocks '@tarojs/components' and '@tarojs/taro' with these (jest.mock is hoisted
 * per test file, so it cannot live here).
 */
import { createElement, useEffect, useRef, type ReactNode } from 'react';

const didShow = new Set<() => void>();
const pullDown = new Set<() => void>();

/** A page lifecycle hook that registers its latest callback while the component is mounted. */
function lifecycle(registry: Set<() => void>) {
  return (fn: () => void) => {
    const ref = useRef(fn);
    ref.current = fn;
    useEffect(() => {
      const call = () => ref.current();
      registry.add(call);
      return () => void registry.delete(call);
    }, []);
  };
}

/** Plays WeChat's onShow on every mounted page part. */
export const fireDidShow = () => didShow.forEach((f) => f());
/** Plays a pull-down refresh. */
export const firePullDown = () => pullDown.forEach((f) => f());

/** @tarojs/components plus Textarea (an input) and Picker (its children and a text box that fires onChange). */
export function components(): Record<string, unknown> {
  const stubs = jest.requireActual<Record<string, unknown>>('./stubs/components');
  const Picker = ({
    children,
    onChange,
    end,
  }: {
    children?: ReactNode;
    end?: string;
    onChange?: (e: { detail: { value: string } }) => void;
  }) =>
    createElement(
      'div',
      { className: 'picker', 'data-end': end },
      children,
      createElement('input', {
        className: 'picker-input',
        onChange: (e: { target: { value: string } }) => onChange?.({ detail: { value: e.target.value } }),
      }),
    );
  return { ...stubs, Textarea: stubs.Input, Picker };
}

/** @tarojs/taro plus showModal, stopPullDownRefresh and a usePullDownRefresh that remembers its callback. */
export function taro(): Record<string, unknown> {
  const actual = jest.requireActual<{ default: Record<string, unknown> } & Record<string, unknown>>('./stubs/taro');
  actual.default.showModal = jest.fn(() => Promise.resolve({ confirm: true, cancel: false }));
  actual.default.stopPullDownRefresh = jest.fn();
  return { ...actual, __esModule: true, usePullDownRefresh: lifecycle(pullDown), useDidShow: lifecycle(didShow) };
}

/** The text of every element with a class, in document order (one definition for all page tests). */
export { texts } from './support/page';
