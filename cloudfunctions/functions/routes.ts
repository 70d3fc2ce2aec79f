/** Every cloud function's route table by name: the local runtime hosts them all in one process. */
import type { FunctionName } from '~/types/api';
import { adminRoutes } from './admin/routes';
import type { AllRoutes } from './contract';
import { residentRoutes } from './resident/routes';
import { scanRoutes } from './scan/routes';
import { workRoutes } from './work/routes';

/** Route tables by function name. */
export const ROUTES = {
  scan: scanRoutes,
  resident: residentRoutes,
  admin: adminRoutes,
  work: workRoutes,
} satisfies AllRoutes;

/** True when `name` is a deployable function. */
export function isFunctionName(name: string): name is FunctionName {
  return Object.prototype.hasOwnProperty.call(ROUTES, name);
}
