/** The service points (服务点) of a region of the admin's scope, for 服务点管理. */
import type * as v from 'valibot';
import type { ServicePointsData, ServicePointsInputSchema } from '~/types/api';
import { callCloud } from '../cloud';

/** The points of `input.regionCode` (default: the whole scope), optionally of one kind. */
export function fetchServicePoints(
  input: v.InferInput<typeof ServicePointsInputSchema> = {},
): Promise<ServicePointsData> {
  return callCloud('admin', 'servicePoints', input);
}
