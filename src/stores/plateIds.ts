/**
 * The post ids handed from 批量导入 to 打印二维码牌: thousands of ids do not fit a page URL, so they wait in Taro
 * storage under one key until the plates page reads them.
 */
import { taroStorage } from './taroStorage';

/** Storage key of the handed-over ids. */
export const PLATE_IDS_KEY = 'admin-plate-post-ids';

/** Keeps `ids` for the plates page (replaces any earlier list). */
export function savePlateIds(ids: string[]): void {
  void taroStorage.setItem(PLATE_IDS_KEY, JSON.stringify(ids));
}

/** The ids last saved, or [] (the list stays, so a reload of the plates page shows the same sheet). */
export function readPlateIds(): string[] {
  const raw = taroStorage.getItem(PLATE_IDS_KEY);
  if (typeof raw !== 'string') return [];
  try {
    const ids: unknown = JSON.parse(raw);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
