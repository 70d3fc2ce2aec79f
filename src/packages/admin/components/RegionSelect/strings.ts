/** Every user-facing text of the region select (admin pages). */
export const STRINGS = {
  own: (name: string) => `全部 · ${name}`,
  loading: '正在加载区划…',
  failed: '区划加载失败',
  levels: { county: '县（市、区）', township: '乡镇（街道）', village: '村（社区）' } as Record<string, string>,
  choose: (level: string) => `选择${level}`,
} as const;
