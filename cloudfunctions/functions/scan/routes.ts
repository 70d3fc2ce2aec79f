/** Route table of the `scan` cloud function: one route per action of SCHEMAS.scan. */
import { land } from '../../domain/scan/land';
import { locate } from '../../domain/scan/locate';
import type { RoutesOf } from '../contract';

/** Route table of `scan`. */
export const scanRoutes = { land, locate } satisfies RoutesOf<'scan'>;
