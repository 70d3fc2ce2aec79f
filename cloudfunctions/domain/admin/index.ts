/** The actions of the `admin` cloud function. */
import type { RouteTable } from '../context';
import { stats } from './stats';

/** Route table of `admin`. */
export const adminRoutes: RouteTable = { stats };
