/** callCloud on H5: POST /api/<function> on the local runtime, identity in its session cookie. */
import { asCloudError, unwrap, withAction, type CallCloud } from './cloudError';
import { postToServer } from './postToServer';

export { CloudError, type CallCloud } from './cloudError';

/** Calls `name`'s `action`; throws CloudError on an error reply or when the request fails. */
export const callCloud: CallCloud = async (name, action, payload) => {
  try {
    const res = await postToServer('/api/' + name, JSON.stringify(withAction(action, payload)), 'application/json');
    // Error replies carry the same envelope with a 4xx/5xx status; a body that is not JSON is a broken
    // proxy or a captive portal, which the user experiences as the network failing.
    const body: unknown = await res.json();
    return unwrap(body);
  } catch (err) {
    throw asCloudError(err);
  }
};
