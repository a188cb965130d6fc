import { describe, expect, it } from 'vitest';
import { ADMIN_HEADER_POLICY } from '../../src/cms/admin-policy';
import { hostHeaderFiles } from '../../src/cms/host-headers';

/*
 * The headers files the build writes into dist/ (src/cms/host-headers.ts), read back as each host
 * reads them: _headers for Netlify and Cloudflare Pages, nginx-headers.conf for nginx. What each
 * header says, and why, is host-headers.ts's; these hold the files to it.
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

describe.each(['/', '/tools/ltc/'])('the host headers of a site under %s', (base) => {
  const files = hostHeaderFiles(base);
  const rules = readHeadersFile(files._headers!);
  const every = `${base}*`;
  const policies = (pattern: string) =>
    rules.get(pattern)!.flatMap(([name, value]) => (name === 'content-security-policy' ? [value] : []));

  it('_headers has rules for every response, /admin/ and /downloads/ below the base path, each header once', () => {
    expect([...rules.keys()]).toEqual([every, `${base}admin/*`, `${base}downloads/*`]);
    const names = rules.get(every)!.map(([name]) => name);
    expect(new Set(names).size, 'a header sent twice').toBe(names.length);
  });

  it('sends every response HTTPS only for a year or more, no sniffing, no framing', () => {
    const header = (name: string) => new Map(rules.get(every)).get(name) ?? '';
    expect(Number(/max-age=(\d+)/.exec(header('strict-transport-security'))?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(header('x-content-type-options')).toBe('nosniff');
    expect(header('x-frame-options')).toBe('DENY');
    expect(policies(every)).toContain("frame-ancestors 'none'");
  });

  it('gives /admin/ the policy of src/cms/admin-policy.ts, and /downloads/ a sandbox that allows nothing', () => {
    expect(policies(`${base}admin/*`)).toEqual([ADMIN_HEADER_POLICY]);
    expect(policies(`${base}downloads/*`)).toEqual(["default-src 'none'; sandbox"]);
  });

  it("nginx-headers.conf sends the same, every response's headers again in each location (nginx drops them there)", () => {
    const expected = [...rules].map(([pattern, own]) => [
      pattern,
      pattern === every ? own : [...rules.get(every)!, ...own],
    ]);
    expect([...readNginxFile(files['nginx-headers.conf']!, base)]).toEqual(expected);
  });
});
