import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_HEADER_POLICY } from '../../src/cms/admin-policy.ts';
import { parseHeadersFile, parseNginxHeaders, type Header } from '../support/headers-file.ts';
import { ROOT } from '../support/temp-site.ts';

const headersFile = parseHeadersFile(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'));
const nginx = parseNginxHeaders(readFileSync(join(ROOT, 'docs', 'nginx-headers.conf'), 'utf8'));
const everyPage = headersFile.find((rule) => rule.path === '/*')?.headers ?? [];
const adminPages = headersFile.find((rule) => rule.path === '/admin/*')?.headers ?? [];
const downloadFiles = headersFile.find((rule) => rule.path === '/downloads/*')?.headers ?? [];
const nginxDownloadsText = readFileSync(join(ROOT, 'docs', 'nginx-downloads.conf'), 'utf8');
const nginxAdminText = readFileSync(join(ROOT, 'docs', 'nginx-admin.conf'), 'utf8');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The README's nginx blocks, in order: the site's headers, then the admin's location. */
const readmeNginxBlocks = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

/** Header names are case-insensitive (RFC 9110): compare them in lower case. */
const byName = (headers: Header[]) => new Map(headers.map((header) => [header.name.toLowerCase(), header.value]));

describe('public/_headers', () => {
  const headers = byName(everyPage);

  it('sends HSTS for at least a year (the minimum HSTS preload lists and audits accept)', () => {
    const maxAge = /max-age=(\d+)/.exec(headers.get('strict-transport-security') ?? '')?.[1];
    expect(Number(maxAge)).toBeGreaterThanOrEqual(31_536_000);
  });

  it('forbids MIME sniffing and sends the origin only, and only over HTTPS, as referrer', () => {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('denies camera, microphone and geolocation to every origin', () => {
    const directives = new Map(
      (headers.get('permissions-policy') ?? '').split(',').map((item) => item.trim().split('=') as [string, string]),
    );
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(directives.get(feature), feature).toBe('()');
  });

  it('forbids framing the site, in the old header and in a CSP header', () => {
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(
      headers
        .get('content-security-policy')
        ?.split(';')
        .map((directive) => directive.trim()),
    ).toContain("frame-ancestors 'none'");
  });

  it('declares each header once for every page', () => {
    expect(new Set(everyPage.map((header) => header.name.toLowerCase())).size).toBe(everyPage.length);
  });
});

describe('docs/nginx-headers.conf', () => {
  it('sends exactly the headers and values of public/_headers', () => {
    expect(nginx.length).toBeGreaterThan(0);
    expect(byName(nginx)).toEqual(byName(everyPage));
  });

  it('sends them with error responses too ("always"), so the 404 page has them', () => {
    const text = readFileSync(join(ROOT, 'docs', 'nginx-headers.conf'), 'utf8');
    const lines = text.split('\n').filter((line) => line.trim().startsWith('add_header'));
    expect(lines.filter((line) => !/\salways;\s*$/.test(line))).toEqual([]);
  });
});

describe('the CMS at /admin/', () => {
  it('has its own Content-Security-Policy in public/_headers, the one src/cms/admin-policy.ts holds', () => {
    expect(adminPages).toEqual([{ name: 'Content-Security-Policy', value: ADMIN_HEADER_POLICY }]);
  });

  it('allows no eval and no script from elsewhere, and no framing', () => {
    const directives = ADMIN_HEADER_POLICY.split(';').map((directive) => directive.trim());
    expect(directives).toContain("script-src 'self'");
    expect(directives).toContain("frame-ancestors 'none'");
    expect(ADMIN_HEADER_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
  });

  it('gets the same policy from docs/nginx-admin.conf, in a location that keeps the site headers', () => {
    expect(parseNginxHeaders(nginxAdminText)).toEqual(adminPages);
    expect(nginxAdminText).toMatch(/location \/admin\/ \{[^}]*include [^;]*ltc-headers\.conf;[^}]*\}/);
    expect(
      nginxAdminText.split('\n').filter((line) => /^\s*add_header/.test(line) && !/\salways;\s*$/.test(line)),
    ).toEqual([]);
  });
});

describe('files for download', () => {
  /** The policy's directives, each trimmed: "default-src 'none'; sandbox" gives two. */
  const directives = (policy: string | undefined) => (policy ?? '').split(';').map((directive) => directive.trim());

  it('are sent in public/_headers with a sandboxed policy that allows nothing, and no sniffing', () => {
    const headers = byName(downloadFiles);
    expect(directives(headers.get('content-security-policy'))).toEqual(["default-src 'none'", 'sandbox']);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('get the same headers from docs/nginx-downloads.conf, in a location that keeps the site headers', () => {
    expect(nginxDownloadsText).toMatch(/location \/downloads\/ \{[^}]*include [^;]*ltc-headers\.conf;[^}]*\}/);
    // nginx sends the site headers (included) and the location's own; hosts reading _headers send
    // those of /* and of /downloads/*: the same set of headers either way.
    const sent = (headers: Header[]) =>
      new Set(headers.map((header) => `${header.name.toLowerCase()}: ${header.value}`));
    expect(sent([...nginx, ...parseNginxHeaders(nginxDownloadsText)])).toEqual(sent([...everyPage, ...downloadFiles]));
    expect(
      nginxDownloadsText.split('\n').filter((line) => /^\s*add_header/.test(line) && !/\salways;\s*$/.test(line)),
    ).toEqual([]);
  });
});

describe('README.md', () => {
  it('shows the same nginx headers as docs/nginx-headers.conf', () => {
    expect(byName(parseNginxHeaders(readmeNginxBlocks[0] ?? ''))).toEqual(byName(nginx));
  });

  it('shows the same admin location as docs/nginx-admin.conf', () => {
    const block = readmeNginxBlocks.find((text) => /^location \/admin\//m.test(text)) ?? '';
    expect(parseNginxHeaders(block)).toEqual(parseNginxHeaders(nginxAdminText));
  });

  it('shows the same downloads location as docs/nginx-downloads.conf', () => {
    const block = readmeNginxBlocks.find((text) => /^location \/downloads\//m.test(text)) ?? '';
    expect(block.trim()).toBe(nginxDownloadsText.slice(nginxDownloadsText.indexOf('location /downloads/')).trim());
  });
});

describe('parseHeadersFile', () => {
  it('reads patterns, their indented headers, and skips comments', () => {
    expect(parseHeadersFile('# note\n/*\n  X-A: 1\n  # why\n  X-B: two words\n/a/\n  X-C: 3\n')).toEqual([
      {
        path: '/*',
        headers: [
          { name: 'X-A', value: '1' },
          { name: 'X-B', value: 'two words' },
        ],
      },
      { path: '/a/', headers: [{ name: 'X-C', value: '3' }] },
    ]);
  });

  it('names the line of a header without a pattern or without a colon', () => {
    expect(() => parseHeadersFile('  X-A: 1')).toThrow('_headers line 1: a header before any URL pattern');
    expect(() => parseHeadersFile('/*\n  X-A 1')).toThrow('_headers line 2: expected "Name: value"');
  });
});

describe('parseNginxHeaders', () => {
  it('reads double-quoted, single-quoted and bare values', () => {
    expect(
      parseNginxHeaders(
        `add_header A "x 'y'" always;\nadd_header B 'z';\nadd_header C w always;\n# add_header D "no";`,
      ),
    ).toEqual([
      { name: 'A', value: "x 'y'" },
      { name: 'B', value: 'z' },
      { name: 'C', value: 'w' },
    ]);
  });

  it('names the line of an add_header it cannot read', () => {
    expect(() => parseNginxHeaders('\nadd_header A "x" always')).toThrow('nginx line 2');
  });
});
