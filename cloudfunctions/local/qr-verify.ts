/**
 * WeChat's ownership check for a plain-QR rule (扫普通链接二维码打开小程序): before a rule such as
 * `https://<public host>/s/` opens the mini-program, WeChat fetches a file it names from the rule's last directory
 * — here `/s/<file>`, where plate links live. The console gives both the name and the text; this host serves them
 * from WECHAT_QR_VERIFY_FILE (e.g. `Ab12Cd34Ef.txt`) and WECHAT_QR_VERIFY_CONTENT.
 */

/** The verification file to serve, or null when not configured (or not a plain `.txt` name). */
export function qrVerification(env: Record<string, string | undefined>): { path: string; body: string } | null {
  const file = env.WECHAT_QR_VERIFY_FILE?.trim() ?? '';
  const body = env.WECHAT_QR_VERIFY_CONTENT?.trim() ?? '';
  // A name WeChat generates is short, plain and ends in .txt; anything else is not served (no path games).
  if (!/^[0-9A-Za-z_-]{1,64}\.txt$/.test(file) || body === '' || body.length > 256) return null;
  return { path: `/s/${file}`, body };
}
