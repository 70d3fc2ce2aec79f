/** Route table of the `resident` cloud function: one route per action of SCHEMAS.resident. */
import { applyAid, ask, requestMediation } from '../../domain/requests/submit-actions';
import { outbox, rate, readOutbox, supplement } from '../../domain/requests/followup';
import { deleteMyData, myRequests, requestDetail } from '../../domain/requests/read';
import { photoSlot } from '../../domain/requests/photo-slots';
import { me } from '../../domain/resident/me';
import { myData } from '../../domain/resident/my-data';
import { nearbyPosts, townships } from '../../domain/resident/nearby';
import type { RoutesOf } from '../contract';

/** Route table of `resident`. */
export const residentRoutes = {
  me,
  ask,
  requestMediation,
  applyAid,
  myRequests,
  requestDetail,
  deleteMyData,
  nearbyPosts,
  townships,
  supplement,
  rate,
  outbox,
  readOutbox,
  myData,
  photoSlot,
} satisfies RoutesOf<'resident'>;
