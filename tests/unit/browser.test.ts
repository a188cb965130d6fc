import { expect, it } from 'vitest';
import { findChromium, NO_BROWSER } from '../support/browsers';

it('findChromium prefers CHROMIUM_PATH', () => {
  expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, (path) => path === '/opt/chrome')).toBe('/opt/chrome');
});

it('findChromium says so when CHROMIUM_PATH names no file', () => {
  expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, () => false)).toThrow(
    'CHROMIUM_PATH is /nope, but there is no file there.',
  );
});

it("findChromium then takes Debian's /usr/bin/chromium", () => {
  expect(findChromium({}, (path) => path === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
});

it('findChromium says what to install when there is no browser at all', () => {
  expect(() => findChromium({}, () => false)).toThrow(NO_BROWSER);
  expect(NO_BROWSER).toContain('apt-get install -y --no-install-recommends chromium');
  expect(NO_BROWSER).toContain('npx playwright install chromium');
});
