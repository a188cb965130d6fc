import { describe, expect, it } from 'vitest';
import { ADMIN_HEADER_POLICY } from '../../src/cms/admin-policy';
import { hostHeaderFiles } from '../../src/cms/host-headers';

/*
 * The headers files the build writes into dist/ (src/cms/host-headers.ts), read back as each host
 * reads them: _headers for Netlify and Cloudflare Pages, nginx-headers.conf for nginx.
 */

/** Each URL pattern's headers, as [lower-case name, value] pairs. */
type Rules = Map<string, [string, string][]>;

/** _headers: a pattern on a line of its own, then `  Name: value` lines. */
function readHeadersFile(text: string): Rules {
  const rules: Rules = new Map();
  for (const line of text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))) {
    const header = /^\s+([\w-]+): (.+)$/.exec(line);
    if (header) [...rules.values()].at(-1)!.push([header[1]!.toLowerCase(), header[2]!]);
    else rules.set(line, []);
  }
  return rules;
}

/** nginx: the server's add_header lines stand for `${base}*`, a location's for its path and "*". */
function readNginxFile(text: string, base: string): Rules {
  const rules: Rules = new Map([[`${base}*`, []]]);
  let pattern = `${base}*`;
  for (const line of text.split('\n').map((line) => line.trim())) {
    const location = /^location (\S+) \{$/.exec(line)?.[1];
    const header = /^add_header ([\w-]+) "([^"]+)" always;$/.exec(line);
    if (location) rules.set((pattern = `${location}*`), []);
    else if (line === '}') pattern = `${base}*`;
    else if (header) rules.get(pattern)!.push([header[1]!.toLowerCase(), header[2]!]);
    else if (line !== '' && !line.startsWith('#')) throw new Error(`nginx-headers.conf: unexpected line "${line}"`);
  }
  return rules;
}

/** A Content-Security-Policy's directives and their sources. */
const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );

describe.each(['/', '/tools/ltc/'])('the host headers of a site under %s', (base) => {
  const files = hostHeaderFiles(base);
  const rules = readHeadersFile(files._headers!);
  const every = `${base}*`;
  const csp = (pattern: string) =>
    rules.get(pattern)!.flatMap(([name, value]) => (name === 'content-security-policy' ? [directives(value)] : []));

  it('_headers has rules for every response, /admin/ and /downloads/, below the base path', () => {
    expect([...rules.keys()]).toEqual([every, `${base}admin/*`, `${base}downloads/*`]);
  });

  it('sends HSTS for a year or more, forbids MIME sniffing and framing, and denies camera, microphone and location', () => {
    const headers = Object.fromEntries(rules.get(every)!);
    expect(Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1])).toBeGreaterThanOrEqual(
      31_536_000,
    );
    expect(headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
      // The old header, and the directive a <meta> policy cannot carry.
      'x-frame-options': 'DENY',
      'content-security-policy': "frame-ancestors 'none'",
    });
    expect(Object.keys(headers), 'a header sent twice').toHaveLength(rules.get(every)!.length);
  });

  it('gives /admin/ the policy of src/cms/admin-policy.ts, and /downloads/ a sandbox that allows nothing', () => {
    expect(csp(`${base}admin/*`)).toEqual([directives(ADMIN_HEADER_POLICY)]);
    expect(csp(`${base}downloads/*`)).toEqual([directives("default-src 'none'; sandbox")]);
  });

  it("nginx-headers.conf sends the same, every response's headers again in each location (nginx drops them there)", () => {
    const nginx = readNginxFile(files['nginx-headers.conf']!, base);
    const expected = [...rules].map(([pattern, own]) => [
      pattern,
      pattern === every ? own : [...rules.get(every)!, ...own],
    ]);
    expect([...nginx]).toEqual(expected);
  });
});
