/**
 * Checks the Debian packages the browser tests need (the list is .ci/debian-packages, which .ci/run
 * installs), run before them by `npm test`, `test:e2e` and `test:engines`. As root on Debian it
 * installs what is missing (one apt-get update); anywhere else it stops with the one command to run,
 * before a test fails on a missing browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from './find-chromium.ts';
import { FIREFOX_PATH } from '../engines/firefox.ts';
import { DRIVER, MINIBROWSER, XVFB } from '../engines/webkit.ts';
import { ROOT } from './temp-site.ts';

function hasChromium(): boolean {
  try {
    return Boolean(findChromium());
  } catch {
    return false;
  }
}

/** How to tell that each Debian package is there. */
const PRESENT: Record<string, () => boolean> = {
  chromium: hasChromium,
  'firefox-esr': () => existsSync(FIREFOX_PATH),
  'webkit2gtk-driver': () => existsSync(DRIVER) && existsSync(MINIBROWSER),
  xvfb: () => existsSync(XVFB),
  'default-jre-headless': () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0,
};

const PACKAGES = readFileSync(join(ROOT, '.ci', 'debian-packages'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));
const unknown = [
  ...PACKAGES.filter((name) => !PRESENT[name]),
  ...Object.keys(PRESENT).filter((name) => !PACKAGES.includes(name)),
];
if (unknown.length > 0)
  throw new Error(
    `.ci/debian-packages and ensure-browser.ts must name the same packages; they differ on ${unknown.join(', ')}.`,
  );

const missing = () => PACKAGES.filter((name) => !PRESENT[name]!());

let lacking = missing();
if (lacking.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`Installing Debian's ${lacking.join(', ')} for the browser tests (apt-get) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status === 0) spawnSync('apt-get', ['install', '-y', '-qq', ...lacking], { stdio: 'inherit', env });
  lacking = missing();
}
if (lacking.length > 0) {
  console.error(
    `The browser tests need Debian's ${lacking.join(', ')}. Install them: "sudo apt-get install -y ${lacking.join(' ')}"` +
      (lacking.includes('chromium') ? ', or set CHROMIUM_PATH to a Chromium or Chrome binary.' : '.'),
  );
  process.exit(1);
}
