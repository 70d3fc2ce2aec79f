/** Asking before an action that cannot be undone or is written to the audit log: WeChat's own modal. */
import Taro from '@tarojs/taro';

/** What the modal says; WeChat's default buttons (确定 / 取消) unless given. */
export type ConfirmText = Pick<
  Taro.showModal.Option,
  'title' | 'content' | 'confirmText' | 'cancelText' | 'confirmColor'
>;

/** Resolves true when the user confirmed; false when they cancelled or the modal could not show. */
export function confirmFirst(text: ConfirmText): Promise<boolean> {
  return Taro.showModal(text).then(
    (answer) => answer.confirm,
    () => false,
  );
}
