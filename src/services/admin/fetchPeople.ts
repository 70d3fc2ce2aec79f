/** The volunteers (法律明白人) of a region in the admin's scope, with the posts they serve. */
import type * as v from 'valibot';
import type { PeopleData, PeopleInputSchema } from '~/types/api';
import { callCloud } from '../cloud';

/** One page of volunteers, id order; `nextAfterId` asks for the next. */
export function fetchPeople(input: v.InferInput<typeof PeopleInputSchema>): Promise<PeopleData> {
  return callCloud('admin', 'people', input);
}
