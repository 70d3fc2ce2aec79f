/**
 * Limits of the local server's paths outside /api (each action's are on its route): calls a minute per identity,
 * when the call has one, and per client address. The paths that take no identity (a link's secret, a demo tool)
 * are held per address alone.
 */
export const LOCAL_LIMITS = {
  /** POST /auth/logout: each call writes the identity's session version. */
  logout: { perMinute: 5, perAddress: 30 },
  /** POST /dev/login (demo mode): anyone may be any demo identity; the limit keeps it from being a flood. */
  devLogin: { perMinute: 20, perAddress: 20 },
  /** POST /dev/cron (demo mode): runs the whole timer, hours ahead on demand. */
  devCron: { perMinute: 6, perAddress: 6 },
  /** GET /files/<id>: an evidence photo (a guess of an id or a signature costs a try). A handler's page shows a few. */
  photoView: { perMinute: 120, perAddress: 120 },
  /** GET /admin-files/<id>/<name>: the id is the secret; an admin downloads a sheet or an export now and then. */
  adminFileView: { perMinute: 30, perAddress: 30 },
  /** GET /qr/…: draws a QR code; a township's plate sheet shows up to PLATES_MAX of them at once. */
  qr: { perMinute: 600, perAddress: 600 },
} as const;
