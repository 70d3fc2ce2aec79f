/**
 * Demo or production, from DEMO and NODE_ENV, read the same way by `npm start`, `npm run seed` and the bench's
 * server. DEMO unset, empty, 1, true, on or yes is demo; 0, false, off or no is production, and so is
 * NODE_ENV=production whatever DEMO says (read as DEMO is: `Production` or `production ` counts too). Any other
 * value of DEMO is refused: `DEMO=flase` must not start a server that hands out demo admin sessions to anyone.
 */
const ON = new Set(['', '1', 'true', 'on', 'yes']);
const OFF = new Set(['0', 'false', 'off', 'no']);

/** Whether the environment asks for demo mode; throws on a DEMO value that says neither. */
export function demoMode(env: Record<string, string | undefined> = process.env): boolean {
  const raw = (env.DEMO ?? '').trim().toLowerCase();
  if (!ON.has(raw) && !OFF.has(raw)) {
    throw new Error(`DEMO must be 1 (demo) or 0 (production), not ${JSON.stringify(env.DEMO)}`);
  }
  return ON.has(raw) && (env.NODE_ENV ?? '').trim().toLowerCase() !== 'production';
}
