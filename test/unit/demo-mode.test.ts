/**
 * @jest-environment node
 *
 * Demo or production from DEMO and NODE_ENV (scripts/lib/mode.ts): a value that says neither is refused rather than
 * read as demo, since demo mode hands out admin sessions to anyone who asks.
 */
import { demoMode } from '~/scripts/lib/mode';

test('DEMO unset, 1, true, on or yes is demo; 0, false, off or no is production; NODE_ENV=production wins', () => {
  for (const DEMO of [undefined, '', '1', 'true', 'ON', ' yes '])
    expect([DEMO, demoMode({ DEMO })]).toEqual([DEMO, true]);
  for (const DEMO of ['0', 'false', 'Off', 'no']) expect([DEMO, demoMode({ DEMO })]).toEqual([DEMO, false]);
  expect(demoMode({ DEMO: '1', NODE_ENV: 'production' })).toBe(false);
});

test('NODE_ENV=production is read in any case and with blanks around it: DEMO unset then means production', () => {
  for (const NODE_ENV of ['Production', 'PRODUCTION', 'production ', ' production\n'])
    expect([NODE_ENV, demoMode({ NODE_ENV })]).toEqual([NODE_ENV, false]);
  for (const NODE_ENV of ['development', 'test', 'prod'])
    expect([NODE_ENV, demoMode({ NODE_ENV })]).toEqual([NODE_ENV, true]);
});

test('any other DEMO value stops the start, naming it', () => {
  for (const DEMO of ['flase', '2', 'demo']) {
    expect(() => demoMode({ DEMO })).toThrow(`DEMO must be 1 (demo) or 0 (production), not ${JSON.stringify(DEMO)}`);
  }
});
