/** Every cloud function's route table by name: the local runtime hosts them all in one process. */
import type { FunctionName } from '../../types/api';
import { adminRoutes } from '../domain/admin';
import type { RouteTable } from '../domain/context';
import { residentRoutes } from '../domain/resident';
import { scanRoutes } from '../domain/scan';
import { workRoutes } from '../domain/work';

/** Route tables by function name. */
export const ROUTES: Record<FunctionName, RouteTable> = {
  scan: scanRoutes,
  resident: residentRoutes,
  admin: adminRoutes,
  work: workRoutes,
};

/** True when `name` is a deployable function. */
export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(ROUTES, name);
}
