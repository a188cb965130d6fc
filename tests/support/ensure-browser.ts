/**
 * Runs before the browser tests: finds Chromium (see browser.ts) and, when there is none on a
 * Debian machine where we are root, installs Debian's package. Anywhere else it stops with
 * the one command to run, instead of letting Playwright try a download this network refuses.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, NO_BROWSER } from './browser.ts';

function tryFind(): string | undefined {
  try {
    return findChromium();
  } catch {
    return undefined;
  }
}

let found = tryFind();
if (!found && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get) ...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0) found = tryFind();
}
if (!found) {
  console.error(NO_BROWSER);
  process.exit(1);
}
console.log(`Browser tests use ${found}`);
