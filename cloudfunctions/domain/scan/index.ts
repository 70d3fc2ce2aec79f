/** The actions of the `scan` cloud function. */
import type { RouteTable } from '../context';
import { land } from './land';
import { locate } from './locate';

/** Route table of `scan`. */
export const scanRoutes: RouteTable = { land, locate };
