/** The service points (units: 调解室, 司法所, 法律援助机构) of a region, for the invite form's unit picker. */
import type * as v from 'valibot';
import type { ServicesData, ServicesInputSchema } from '~/types/api';
import { callCloud } from '../cloud';

/** The units of `input.regionCode` (default: the admin's scope), optionally of one kind. */
export function fetchServices(input: v.InferInput<typeof ServicesInputSchema>): Promise<ServicesData> {
  return callCloud('admin', 'services', input);
}
