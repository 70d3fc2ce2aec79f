/** The actions that run the network (岗位管理, 批量导入, 二维码牌, 人员管理, 首位管理员). */
import type { RouteTable } from '../context';

export const networkRoutes: RouteTable = {};
