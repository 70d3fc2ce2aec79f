/** Demo login exists only on the H5 local runtime (loginDemo.h5.ts); in WeChat it does nothing. */

/** No-op outside H5: WeChat gives the identity. */
export async function loginDemo(openid: string): Promise<boolean> {
  void openid;
  return false;
}
