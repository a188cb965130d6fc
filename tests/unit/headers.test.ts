import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_HEADER_POLICY } from '../../src/cms/admin-policy.ts';
import { ROOT } from '../support/temp-site.ts';

/*
 * The HTTP headers the hosts send (docs/deploying.md, "Security headers"): public/_headers for Netlify and
 * Cloudflare Pages, and the nginx snippets in docs/, which must send the same.
 */

const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** The headers of each URL pattern of a _headers file: a pattern on a line of its own, then `  Name: value` lines. */
function parseHeadersFile(text: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  let headers: [string, string][] = [];
  for (const line of text.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))) {
    if (!/^\s/.test(line)) rules.set(line.trim(), (headers = []));
    else {
      const header = /^\s+([\w-]+): (.+)$/.exec(line);
      if (!header) throw new Error(`public/_headers: expected "  Name: value", found "${line}"`);
      headers.push([header[1]!, header[2]!]);
    }
  }
  return rules;
}

const rules = parseHeadersFile(read('public/_headers'));

describe('public/_headers, for every page', () => {
  const headers = rules.get('/*')!;
  const byName = new Map(headers.map(([name, value]) => [name.toLowerCase(), value]));

  it('sends HSTS for at least a year (the minimum HSTS preload lists and audits accept)', () => {
    expect(Number(/max-age=(\d+)/.exec(byName.get('strict-transport-security') ?? '')?.[1])).toBeGreaterThanOrEqual(
      31_536_000,
    );
  });

  it('forbids MIME sniffing and framing, sends the origin only as referrer, denies camera, microphone and location', () => {
    expect(Object.fromEntries(byName)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
      // The old header, and the directive a <meta> policy cannot carry.
      'x-frame-options': 'DENY',
      'content-security-policy': "frame-ancestors 'none'",
    });
    expect(byName.size, 'a header declared twice').toBe(headers.length);
  });
});

describe('public/_headers, for the CMS and the downloads', () => {
  it('gives /admin/ the policy src/cms/admin-policy.ts holds', () => {
    expect(rules.get('/admin/*')).toEqual([['Content-Security-Policy', ADMIN_HEADER_POLICY]]);
  });

  it('sends /downloads/ files with a sandboxed policy that allows nothing (and nosniff, as every file)', () => {
    expect(rules.get('/downloads/*')).toEqual([['Content-Security-Policy', "default-src 'none'; sandbox"]]);
  });
});

describe('docs/nginx-*.conf', () => {
  it.each([
    ['docs/nginx-headers.conf', '/*', ''],
    ['docs/nginx-admin.conf', '/admin/*', '/admin/'],
    ['docs/nginx-downloads.conf', '/downloads/*', '/downloads/'],
  ])('%s sends the headers of %s in public/_headers, with error responses too', (file, pattern, location) => {
    const text = read(file);
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('add_header'));
    // "always": the 404 page gets them as well.
    expect(lines).toEqual(rules.get(pattern)!.map(([name, value]) => `add_header ${name} "${value}" always;`));
    // nginx drops the server's add_header lines in a location that has its own: it includes them again.
    if (location) expect(text).toMatch(new RegExp(`location ${location} \\{[^}]*include [^;]*ltc-headers\\.conf;`));
  });
});
