/** jsdom stand-ins for @tarojs/components: plain HTML elements that keep className, text and handlers. */
import { createElement, type CSSProperties, type ReactNode } from 'react';

interface StubProps {
  className?: string;
  style?: CSSProperties | string;
  children?: ReactNode;
  onClick?: (e: unknown) => void;
  onInput?: (e: { detail: { value: string } }) => void;
  onConfirm?: (e: { detail: { value: string } }) => void;
  value?: string;
  placeholder?: string;
  src?: string;
  maxlength?: number;
}

function stub(tag: string, name: string) {
  const Component = ({
    className,
    style,
    children,
    onClick,
    onInput,
    onConfirm,
    value,
    placeholder,
    src,
    maxlength,
  }: StubProps) =>
    createElement(
      tag,
      {
        className,
        style: typeof style === 'string' ? undefined : style,
        onClick,
        src,
        placeholder,
        value,
        // Kept for tests to read: Taro's maxlength cuts what is typed or pasted; jsdom would not.
        'data-maxlength': maxlength,
        // Taro hands input handlers `{ detail: { value } }`, not a DOM event.
        onChange: onInput
          ? (e: { target: { value: string } }) => onInput({ detail: { value: e.target.value } })
          : undefined,
        onKeyDown: onConfirm
          ? (e: { key: string; currentTarget: { value: string } }) => {
              if (e.key === 'Enter') onConfirm({ detail: { value: e.currentTarget.value } });
            }
          : undefined,
        ...(tag === 'button' ? { type: 'button' } : {}),
      },
      tag === 'input' || tag === 'img' ? undefined : children,
    );
  Component.displayName = name;
  return Component;
}

export const View = stub('div', 'View');
export const Text = stub('span', 'Text');
export const Button = stub('button', 'Button');
export const Image = stub('img', 'Image');
export const Input = stub('input', 'Input');
export const ScrollView = stub('div', 'ScrollView');
export const Swiper = stub('div', 'Swiper');
export const SwiperItem = stub('div', 'SwiperItem');
export const Navigator = stub('a', 'Navigator');
export const Block = stub('div', 'Block');
