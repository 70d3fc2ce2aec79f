/** Demo login on the H5 local runtime: the server sets a session cookie for the chosen identity. */
import { postToServer } from '../postToServer';

/** Acts as `openid` from now on; true when the server accepted it. */
export async function loginDemo(openid: string): Promise<boolean> {
  try {
    const res = await postToServer('/dev/login', JSON.stringify({ openid }), 'application/json');
    return res.ok;
  } catch {
    return false;
  }
}
