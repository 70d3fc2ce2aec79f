/** 在此新增先锋岗: the post form (built elsewhere in this subpackage) opened with the suggested location. */
import Taro from '@tarojs/taro';

/** The form's address for a new post at (lat, lng). */
export function createPostUrl(lat: number, lng: number): string {
  return `/packages/admin/pages/post/index?create=1&lat=${lat}&lng=${lng}`;
}

/** Opens the form. */
export function createPostAt(lat: number, lng: number): void {
  Taro.navigateTo({ url: createPostUrl(lat, lng) }).catch(() => undefined);
}
