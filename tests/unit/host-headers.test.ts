import { describe, expect, it } from 'vitest';
import { ADMIN_HEADER_POLICY } from '../../src/cms/admin-policy';
import { hostHeaderFiles } from '../../src/cms/host-headers';

/*
 * The headers files the build writes into dist/ (src/cms/host-headers.ts), read back as each host
 * reads them: _headers for Netlify and Cloudflare Pages, nginx-headers.conf for nginx.
 */

type Rules = Map<string, Map<string, string[]>>;

/** Adds a header's value to those of its name (lower case: header names are case-insensitive). */
function add(headers: Map<string, string[]>, name: string, value: string): void {
  headers.set(name.toLowerCase(), [...(headers.get(name.toLowerCase()) ?? []), value]);
}

/** The values of each header by URL pattern: a pattern on a line of its own, then `  Name: value` lines. */
function readHeadersFile(text: string): Rules {
  const rules: Rules = new Map();
  let headers = new Map<string, string[]>();
  for (const line of text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))) {
    const header = /^\s+([\w-]+): (.+)$/.exec(line);
    if (!header) rules.set(line, (headers = new Map<string, string[]>()));
    else add(headers, header[1]!, header[2]!);
  }
  return rules;
}

/** The same from nginx: the server's add_header lines under "*", each location's under its path and "*". */
function readNginxFile(text: string, base: string): Rules {
  const rules: Rules = new Map();
  let headers = new Map<string, string[]>();
  rules.set(`${base}*`, headers);
  for (const line of text.split('\n').map((line) => line.trim())) {
    const location = /^location (\S+) \{$/.exec(line);
    const header = /^add_header ([\w-]+) "([^"]+)" always;$/.exec(line);
    if (location) rules.set(`${location[1]}*`, (headers = new Map<string, string[]>()));
    else if (line === '}') headers = rules.get(`${base}*`)!;
    else if (header)
      headers.set(header[1]!.toLowerCase(), [...(headers.get(header[1]!.toLowerCase()) ?? []), header[2]!]);
    else if (line !== '' && !line.startsWith('#')) throw new Error(`nginx-headers.conf: unexpected line "${line}"`);
  }
  return rules;
}

/** A Content-Security-Policy's directives and their sources. */
const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => [part.trim().split(/\s+/)[0], part.trim().split(/\s+/).slice(1)]));

describe.each(['/', '/tools/ltc/'])('the host headers of a site under %s', (base) => {
  const files = hostHeaderFiles(base);
  describe.each([
    ['_headers', readHeadersFile(files._headers!)],
    ['nginx-headers.conf', readNginxFile(files['nginx-headers.conf']!, base)],
  ])('%s', (_file, rules) => {
    it('has rules for every page, /admin/ and /downloads/, below the base path', () => {
      expect([...rules.keys()].sort()).toEqual([`${base}*`, `${base}admin/*`, `${base}downloads/*`]);
    });

    it('sends HSTS for a year or more, forbids MIME sniffing and framing, and denies camera, microphone and location', () => {
      const every = Object.fromEntries(rules.get(`${base}*`)!);
      expect(Number(/max-age=(\d+)/.exec(every['strict-transport-security']?.[0] ?? '')?.[1])).toBeGreaterThanOrEqual(
        31_536_000,
      );
      expect(every).toMatchObject({
        'x-content-type-options': ['nosniff'],
        'referrer-policy': ['strict-origin-when-cross-origin'],
        'permissions-policy': ['camera=(), microphone=(), geolocation=()'],
        // The old header, and the directive a <meta> policy cannot carry.
        'x-frame-options': ['DENY'],
        'content-security-policy': ["frame-ancestors 'none'"],
      });
    });

    it('gives /admin/ the policy of src/cms/admin-policy.ts, and /downloads/ a sandbox that allows nothing', () => {
      const policies = (pattern: string) =>
        (rules.get(pattern)!.get('content-security-policy') ?? []).map((policy) => directives(policy));
      expect(policies(`${base}admin/*`)).toContainEqual(directives(ADMIN_HEADER_POLICY));
      expect(policies(`${base}downloads/*`)).toContainEqual(
        new Map([
          ['default-src', ["'none'"]],
          ['sandbox', []],
        ]),
      );
    });
  });

  it("nginx-headers.conf repeats every response's headers in each location, which would drop them otherwise", () => {
    const rules = readNginxFile(files['nginx-headers.conf']!, base);
    for (const pattern of [`${base}admin/*`, `${base}downloads/*`]) {
      for (const [name, values] of rules.get(`${base}*`)!) {
        expect(rules.get(pattern)!.get(name), `${pattern} ${name}`).toEqual(expect.arrayContaining(values));
      }
    }
  });
});
