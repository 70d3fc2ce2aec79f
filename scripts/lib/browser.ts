/** Finds, and on a fresh machine installs, the Chromium and CJK fonts the end-to-end tests need. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The path of a Chromium binary, or null. CHROMIUM_PATH wins when set. */
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function hasCjkFont(): boolean {
  const res = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return res.status === 0 && res.stdout.trim().length > 0;
}

/**
 * Makes sure Chromium and a CJK font are present, installing Debian's packages when running as root (CI and a
 * fresh developer machine); otherwise explains what to install. Returns the Chromium path.
 */
export function ensureBrowser(): string {
  const missing: string[] = [];
  if (!findChromium()) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (missing.length > 0) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!isRoot || !existsSync('/usr/bin/apt-get')) {
      throw new Error(
        `The end-to-end tests need: ${missing.join(', ')}. Install them (apt-get install ${missing.join(' ')}) or set CHROMIUM_PATH.`,
      );
    }
    console.log(`Installing ${missing.join(', ')} (Debian packages) for the browser tests…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  }
  const path = findChromium();
  if (!path) throw new Error('Chromium is still missing after installing it.');
  return path;
}
