/** 在此新增先锋岗: the post form (built elsewhere in this subpackage) opened with the suggested location. */
import { openPage } from '~/src/services/navigation';

/** The form's address for a new post at (lat, lng). */
export function createPostUrl(lat: number, lng: number): string {
  return `/packages/admin/pages/post/index?create=1&lat=${lat}&lng=${lng}`;
}

/** Opens the form. */
export function createPostAt(lat: number, lng: number): void {
  void openPage(createPostUrl(lat, lng));
}
