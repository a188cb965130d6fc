/*
 * Firefox: Debian's firefox-esr, driven over WebDriver BiDi by puppeteer-core (Playwright's
 * moz-firefox channel fails on a BiDi command this ESR lacks). Its BiDi cannot emulate media features
 * (emulateMediaFeatures needs CDP; emulation.setMediaFeaturesOverride is unknown), so the colour
 * scheme is a preference of each launch: one browser for light, one for dark.
 */
import puppeteer from 'puppeteer-core';
import { find } from '../support/browsers.ts';
import type { Engine } from './checks.ts';

export const firefox: Engine = {
  name: 'firefox',
  async open(scheme, preload) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: find.firefox()!,
      // Firefox's own setting for prefers-color-scheme in pages: 0 dark, 1 light (2 follows the system).
      extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 },
    });
    const page = await browser.newPage();
    if (preload) await page.evaluateOnNewDocument(preload);
    return {
      goto: (url) => page.goto(url).then(() => undefined),
      resize: async (width, height) => {
        await page.setViewport({ width, height });
        return page.evaluate(() => window.innerWidth);
      },
      evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])),
      pressTab: () => page.keyboard.press('Tab'),
      screenshot: (path) => page.screenshot({ path, fullPage: true }).then(() => undefined),
      close: () => browser.close(),
    };
  },
};
