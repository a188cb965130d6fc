import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFor } from '../../src/preview/server';

// A tiny built site: a home page, one page in its folder, a file and the 404 page. Made before the
// tests run, not while Vitest collects them (a file only listed, or filtered out, leaves no folder).
let root = '';
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'ltc-preview-'));
  mkdirSync(join(root, 'page'));
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, 'page', 'index.html'), 'page');
  writeFileSync(join(root, 'robots.txt'), 'robots');
  writeFileSync(join(root, '404.html'), 'not found');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('answerFor, the preview server’s nginx-like answers', () => {
  it('sends a page’s index.html for its address with the final slash, and files as they are', () => {
    expect(answerFor(root, '/', '/')).toEqual({ kind: 'file', file: join(root, 'index.html') });
    expect(answerFor(root, '/', '/page/')).toEqual({ kind: 'file', file: join(root, 'page', 'index.html') });
    expect(answerFor(root, '/', '/robots.txt')).toEqual({ kind: 'file', file: join(root, 'robots.txt') });
  });

  it('redirects a page’s address without the final slash, keeping the query', () => {
    expect(answerFor(root, '/', '/page', '?a=1')).toEqual({ kind: 'redirect', location: '/page/?a=1' });
  });

  it('redirects under a base path, including the base path itself', () => {
    expect(answerFor(root, '/tools/ltc/', '/tools/ltc/page')).toEqual({
      kind: 'redirect',
      location: '/tools/ltc/page/',
    });
    expect(answerFor(root, '/tools/ltc/', '/tools/ltc')).toEqual({ kind: 'redirect', location: '/tools/ltc/' });
    expect(answerFor(root, '/tools/ltc/', '/page/')).toEqual({ kind: 'not-found' });
  });

  it('finds nothing for unknown addresses, a file named with a slash, or a way out of the folder', () => {
    expect(answerFor(root, '/', '/nothing')).toEqual({ kind: 'not-found' });
    expect(answerFor(root, '/', '/nothing/')).toEqual({ kind: 'not-found' });
    expect(answerFor(root, '/', '/robots.txt/')).toEqual({ kind: 'not-found' });
    expect(answerFor(root, '/', '/%2e%2e/%2e%2e/etc/passwd')).toEqual({ kind: 'not-found' });
  });

  it('refuses an address that does not decode', () => {
    expect(answerFor(root, '/', '/%E0%A4%A')).toEqual({ kind: 'bad-request' });
  });
});
