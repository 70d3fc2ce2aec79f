/** The actions of the `work` cloud function (工作台): volunteers, mediators and staff handling requests. */
import type { RouteTable } from '../context';

/** Route table of `work`. */
export const workRoutes: RouteTable = {};
