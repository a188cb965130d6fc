/**
 * The engines of the browser tests, where each program is, and the Debian package that brings it
 * (.ci/run installs the same packages early, from .ci/debian-packages). Chromium runs every browser test and is required;
 * Firefox, WebKit and the Nu checker's Java each run when present and are otherwise reported as not
 * run, with the command that installs them; under CI=true every engine is required.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, test } from '@playwright/test';

/** The message when no Chromium exists: what to install, in one line a newcomer can copy. */
export const NO_BROWSER =
  'No Chromium found for the browser tests. Install Debian\'s: "sudo apt-get install -y chromium", ' +
  'or elsewhere (macOS, other Linux) Playwright\'s: "npx playwright install chromium", ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/**
 * Finds a Chromium binary: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then one that
 * Playwright downloaded itself. Throws a message that says what to install when none exists.
 */
export function findChromium(env = process.env, exists: (path: string) => boolean = existsSync): string {
  const fromEnv = env['CHROMIUM_PATH'] || undefined;
  const found = fromEnv ?? ['/usr/bin/chromium', chromium.executablePath()].find((path) => exists(path));
  if (found && exists(found)) return found;
  throw new Error(fromEnv ? `CHROMIUM_PATH is ${fromEnv}, but there is no file there. ${NO_BROWSER}` : NO_BROWSER);
}

/** The file a program's name stands for on PATH, so that hiding it from PATH hides it. */
const onPath = (name: string) =>
  (process.env['PATH'] ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((file) => existsSync(file));

/** Where each program is, looked up when asked (an install may have just added it), or undefined. */
export const find = {
  firefox: () => process.env['FIREFOX_PATH'] ?? onPath('firefox-esr'),
  webKitWebDriver: () => onPath('WebKitWebDriver'),
  /** Not on PATH: Debian puts it beside WebKitGTK's library, in the folder of the machine's architecture. */
  miniBrowser: () =>
    process.env['MINIBROWSER_PATH'] ??
    ['x86_64', 'aarch64']
      .map((arch) => `/usr/lib/${arch}-linux-gnu/webkit2gtk-4.1/MiniBrowser`)
      .find((file) => existsSync(file)),
  xvfb: () => onPath('Xvfb'),
  java: () => onPath('java'),
};

const exists = (path: string | undefined) => path !== undefined && existsSync(path);
const hasChromium = () => {
  try {
    return Boolean(findChromium());
  } catch {
    return false;
  }
};

/** Each engine, what it runs, and the Debian packages it needs with how to tell that each is there. */
export const ENGINES = {
  chromium: { runs: 'the Playwright tests', packages: { chromium: hasChromium } },
  firefox: { runs: 'the Firefox checks', packages: { 'firefox-esr': () => exists(find.firefox()) } },
  webkit: {
    runs: 'the WebKit checks',
    packages: {
      'webkit2gtk-driver': () => exists(find.webKitWebDriver()) && exists(find.miniBrowser()),
      xvfb: () => exists(find.xvfb()),
    },
  },
  java: { runs: 'the W3C Nu Html Checker', packages: { 'default-jre-headless': () => exists(find.java()) } },
};
export type EngineName = keyof typeof ENGINES;

/** The Debian packages an engine needs that are not there. */
export const lackingPackages = (engine: EngineName): string[] =>
  Object.entries(ENGINES[engine].packages).flatMap(([name, present]) => (present() ? [] : [name]));

/** Why an engine cannot run here, with the one command that installs what it lacks; undefined when it can. */
export function notRunnable(engine: EngineName): string | undefined {
  const lacking = lackingPackages(engine);
  if (lacking.length === 0) return undefined;
  return (
    `${ENGINES[engine].runs} (missing: Debian's ${lacking.join(' and ')}): install with "sudo apt-get install -y ${lacking.join(' ')}"` +
    `${engine === 'firefox' ? ', or set FIREFOX_PATH' : ''}.`
  );
}

/** In a Playwright test: skip it, saying why, when its engine is missing; under CI=true, fail instead. */
export function skipWithout(engine: EngineName): void {
  const reason = notRunnable(engine);
  if (!reason) return;
  if (process.env['CI']) throw new Error(`CI=true requires every engine, and ${reason}`);
  console.log(`Not run: ${reason}`);
  test.skip(true, reason);
}
