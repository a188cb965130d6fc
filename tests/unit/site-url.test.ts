import { expect, it } from 'vitest';
import { joinBase } from '../../src/lib/paths';
import { DEFAULT_SITE_URL, resolveBasePath, resolveSiteUrl } from '../../src/lib/site-url';

it('resolveSiteUrl falls back to the local preview origin, and keeps only the origin of an https address', () => {
  expect(resolveSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
  expect(resolveSiteUrl('  ')).toBe(DEFAULT_SITE_URL);
  expect(resolveSiteUrl('https://www.ala.org/some/path/')).toBe('https://www.ala.org');
});

it('resolveSiteUrl refuses what is not an http(s) address, quoting it', () => {
  expect(() => resolveSiteUrl('www.ala.org')).toThrow(
    'SITE_URL must be an absolute URL such as https://www.example.org, but it is "www.ala.org".',
  );
  expect(() => resolveSiteUrl('ftp://ala.org')).toThrow(/must start with https:\/\//);
});

it.each([
  [undefined, '/'],
  ['/', '/'],
  ['/tools/ltc/', '/tools/ltc/'],
  ['tools/ltc', '/tools/ltc/'],
  ['//tools/ltc//', '/tools/ltc/'],
])('resolveBasePath: %s becomes %s', (input, expected) => {
  expect(resolveBasePath(input)).toBe(expected);
});

it('resolveBasePath refuses a full URL', () => {
  expect(() => resolveBasePath('https://ala.org/ltc/')).toThrow(/BASE_PATH must be a path/);
});

it('joinBase puts site paths under the base path', () => {
  expect(joinBase('/', 'phase-1/')).toBe('/phase-1/');
  expect(joinBase('/tools/ltc/', '/phase-1/')).toBe('/tools/ltc/phase-1/');
  expect(joinBase('/tools/ltc', '')).toBe('/tools/ltc/');
});
