/**
 * The engines of the browser tests, where each program is, and the Debian packages that bring it
 * (.ci/debian-packages, which .ci/run installs). Chromium runs every browser test and is required;
 * Firefox, WebKit and the Nu checker's Java each run when present and are otherwise reported as not
 * run, with the command that installs them; under CI=true every engine is required.
 */
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, test } from '@playwright/test';

/** The message when no Chromium exists: what to install, in one line a newcomer can copy. */
export const NO_BROWSER =
  'No Chromium found for the browser tests. Install Debian\'s: "sudo apt-get install -y --no-install-recommends chromium", ' +
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

/** How to tell that each Debian package is there. */
const PRESENT: Record<string, () => boolean> = {
  chromium: hasChromium,
  'firefox-esr': () => exists(find.firefox()),
  'webkit2gtk-driver': () => exists(find.webKitWebDriver()) && exists(find.miniBrowser()),
  xvfb: () => exists(find.xvfb()),
  'default-jre-headless': () => exists(find.java()),
};

/** Each engine and what it runs; the packages it needs are in .ci/debian-packages. */
export const ENGINES = {
  chromium: 'the Playwright tests',
  firefox: 'the Firefox checks',
  webkit: 'the WebKit checks',
  java: 'the W3C Nu Html Checker',
};
export type EngineName = keyof typeof ENGINES;

/** .ci/debian-packages as [package, engine] pairs; .ci/run reads it before npm ci, so it is not TypeScript. */
const PACKAGES = readFileSync(join(import.meta.dirname, '..', '..', '.ci', 'debian-packages'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const words = line.trim().split(/\s+/);
    const [name = '', engine = ''] = words;
    if (words.length !== 2 || !(engine in ENGINES) || !(name in PRESENT))
      throw new Error(
        `.ci/debian-packages: "${line}" must be a package that PRESENT (browsers.ts) knows how to find, then one of the engines ${Object.keys(ENGINES).join(', ')}.`,
      );
    return [name, engine as EngineName] as const;
  });
for (const engine of Object.keys(ENGINES))
  if (!PACKAGES.some(([, of]) => of === engine)) throw new Error(`.ci/debian-packages names no package for ${engine}.`);

/** The Debian packages an engine needs that are not there. */
export function lackingPackages(engine: EngineName): string[] {
  return PACKAGES.filter(([name, of]) => of === engine && !PRESENT[name]!()).map(([name]) => name);
}

/** Why an engine cannot run here, with the one command that installs what it lacks; undefined when it can. */
export function notRunnable(engine: EngineName): string | undefined {
  const lacking = lackingPackages(engine);
  if (lacking.length === 0) return undefined;
  return (
    `${ENGINES[engine]} (missing: Debian's ${lacking.join(' and ')}): install with "sudo apt-get install -y --no-install-recommends ${lacking.join(' ')}"` +
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
