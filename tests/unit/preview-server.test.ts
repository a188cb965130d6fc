import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { redirectFor } from '../../src/preview/preview';

// A tiny built site: a home page, one page in its folder and a file. Made before the tests run,
// not while Vitest collects them (a file only listed, or filtered out, leaves no folder).
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ltc-preview-'));
  mkdirSync(join(root, 'page'));
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, 'page', 'index.html'), 'page');
  writeFileSync(join(root, 'robots.txt'), 'robots');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it.each([
  // A page's address without its final slash, keeping the query, under a base path too.
  ['/', '/page', '', '/page/'],
  ['/', '/page', '?a=1', '/page/?a=1'],
  ['/tools/ltc/', '/tools/ltc/page', '', '/tools/ltc/page/'],
  ['/tools/ltc/', '/tools/ltc', '?a=1', '/tools/ltc/?a=1'],
  // Left alone: outside the base path, with their slash, files and unknown addresses.
  ['/tools/ltc/', '/page', '', undefined],
  ['/', '/', '', undefined],
  ['/', '/page/', '', undefined],
  ['/', '/robots.txt', '', undefined],
  ['/', '/nothing', '', undefined],
])('the preview server’s nginx-like redirect, base %s: %s%s goes to %s', (base, path, search, expected) => {
  expect(redirectFor(root, base, path, search)).toBe(expected);
});
