/** Chinese texts of the dashboard, coverage and export handlers. */
export const DASHBOARD_TEXTS = {
  customNeedsDates: '自定义周期请选择开始日期和结束日期',
  noSuchDay: '日期不存在，请重新选择',
  toAfterToday: '结束日期不能晚于今天',
  coverageLevel: '服务圈覆盖请选择市、县区或乡镇',
  monthMissing: '请选择统计月份',
  monthFuture: '统计月份不能晚于本月',
  monthlyRegion: '月度统计表请选择市、县区或乡镇',
  retired: '（已撤销）',
} as const;
