/**
 * The one list of Debian packages the browser tests need, run before them by `npm test`, `test:e2e`,
 * `test:engines` and CI. As root on Debian it installs what is missing (one apt-get update); anywhere
 * else it stops with the one command to run, before a test fails on a missing browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../../src/scripts/find-chromium.ts';
import { FIREFOX_PATH } from '../engines/firefox.ts';
import { DRIVER, MINIBROWSER, XVFB } from '../engines/webkit.ts';

function hasChromium(): boolean {
  try {
    return Boolean(findChromium());
  } catch {
    return false;
  }
}

/** Each Debian package the tests use, and how to tell it is there. */
const PACKAGES: [name: string, present: () => boolean][] = [
  ['chromium', hasChromium],
  ['firefox-esr', () => existsSync(FIREFOX_PATH)],
  ['webkit2gtk-driver', () => existsSync(DRIVER) && existsSync(MINIBROWSER)],
  ['xvfb', () => existsSync(XVFB)],
  ['default-jre-headless', () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0],
];

const missing = () => PACKAGES.filter(([, present]) => !present()).map(([name]) => name);

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
