import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('redirectFor, the preview server’s nginx-like redirect', () => {
  it('redirects a page’s address without the final slash, keeping the query', () => {
    expect(redirectFor(root, '/', '/page')).toBe('/page/');
    expect(redirectFor(root, '/', '/page', '?a=1')).toBe('/page/?a=1');
  });

  it('redirects under a base path, including the base path itself', () => {
    expect(redirectFor(root, '/tools/ltc/', '/tools/ltc/page')).toBe('/tools/ltc/page/');
    expect(redirectFor(root, '/tools/ltc/', '/tools/ltc', '?a=1')).toBe('/tools/ltc/?a=1');
    expect(redirectFor(root, '/tools/ltc/', '/page')).toBeUndefined();
  });

  it('leaves alone addresses with their slash, files and unknown addresses', () => {
    expect(redirectFor(root, '/', '/')).toBeUndefined();
    expect(redirectFor(root, '/', '/page/')).toBeUndefined();
    expect(redirectFor(root, '/', '/robots.txt')).toBeUndefined();
    expect(redirectFor(root, '/', '/nothing')).toBeUndefined();
  });
});
