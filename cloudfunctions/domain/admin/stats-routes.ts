/** The dashboard's actions (统计看板, 服务圈覆盖, 导出): built in dashboard/, coverage/ and export/. */
import type { RouteTable } from '../context';

export const statsRoutes: RouteTable = {};
