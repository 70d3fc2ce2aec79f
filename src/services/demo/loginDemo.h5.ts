/** Demo login on the H5 local runtime: the server sets a session cookie for the chosen identity. */

/** Acts as `openid` from now on; true when the server accepted it. */
export async function loginDemo(openid: string): Promise<boolean> {
  try {
    const res = await fetch('/dev/login', {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ openid }),
    });
    return res.ok;
  } catch {
    return false;
  }
}
