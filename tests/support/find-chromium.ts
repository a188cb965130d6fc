import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where Debian's chromium package puts the browser. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The message when no browser exists: what to install, in one line a newcomer can copy. */
export const NO_BROWSER =
  'No Chromium found for the browser tests. Install Debian\'s: "sudo apt-get install -y chromium", ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * Finds a Chromium binary: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then one that
 * Playwright downloaded itself. Throws a message that says what to install when none exists.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, but there is no file there. ${NO_BROWSER}`);
    return fromEnv;
  }
  if (exists(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = playwrightChromium();
  if (bundled && exists(bundled)) return bundled;
  throw new Error(NO_BROWSER);
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
