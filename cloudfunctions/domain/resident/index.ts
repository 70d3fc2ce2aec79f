/** The actions of the `resident` cloud function. */
import type { RouteTable } from '../context';
import { applyAid, ask, requestMediation } from '../requests/kinds';
import { outbox, rate, readOutbox, supplement } from '../requests/followup';
import { deleteMyData, myRequests, requestDetail } from '../requests/read';
import { me } from './me';
import { myData } from './my-data';
import { nearbyPosts, townships } from './nearby';

/** Route table of `resident`. */
export const residentRoutes: RouteTable = {
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
};
