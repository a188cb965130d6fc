/**
 * Runs before the browser tests: finds Chromium (see browser.ts), Firefox and WebKit for the
 * engine checks (tests/engines/) and Java for the W3C checker, and, on a Debian machine where we
 * are root, installs the Debian packages that are missing, with one apt-get update. Anywhere else
 * it stops with the one command to run, instead of letting Playwright try a download this network
 * refuses.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../../src/scripts/find-chromium.ts';
import { FIREFOX_PATH } from '../engines/firefox.ts';
import { MINIBROWSER } from '../engines/webkit.ts';

function hasChromium(): boolean {
  try {
    findChromium();
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Each Debian package the tests use, and how to tell it is there. */
const PACKAGES: [name: string, present: () => boolean][] = [
  ['chromium', hasChromium],
  ['firefox-esr', () => existsSync(FIREFOX_PATH)],
  ['webkit2gtk-driver', () => existsSync('/usr/bin/WebKitWebDriver') && existsSync(MINIBROWSER)],
  ['xvfb', () => existsSync('/usr/bin/Xvfb')],
  ['default-jre-headless', () => onPath('java')],
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
console.log(`Browser tests use ${findChromium()}, ${FIREFOX_PATH} and ${MINIBROWSER}; the W3C checker uses java.`);
