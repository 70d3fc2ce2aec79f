/** Every user-facing text of 答复模板. */
export const STRINGS = {
  builtIn: '通用模板',
  own: '我的模板',
  noOwn: '还没有自己的模板',
  add: '添加模板',
  title: '模板标题',
  titleHint: '例如：欠薪怎么办',
  text: '模板内容',
  textHint: '常用的答复内容，答复时可以直接选用再修改',
  save: '保存',
  delete: '删除',
  deleteTitle: '删除模板',
  deleteConfirm: (title: string) => `确定删除“${title}”吗？`,
  deleted: '已删除',
  saved: '已保存',
  guides: (n: number) => `附${n}篇指南`,
  max: (n: number) => `最多保存${n}个自己的模板`,
} as const;
