/** The dashboard's actions (统计看板, 服务圈覆盖, 导出): built in dashboard/, circles/ (coverage; a folder named coverage/ is git-ignored) and export/. */
import type { RouteTable } from '../context';
import { coverage, coverageClusters } from './circles';
import { dashboard } from './dashboard';
import { exportCsv } from './export';

export const statsRoutes: RouteTable = {
  dashboard: dashboard,
  coverage: coverage,
  coverageClusters: coverageClusters,
  export: exportCsv,
};
