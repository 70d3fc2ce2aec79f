/** The actions of the `resident` cloud function. */
import type { RouteTable } from '../context';
import { me } from './me';

/** Route table of `resident`. */
export const residentRoutes: RouteTable = { me };
