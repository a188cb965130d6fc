/*
 * Readers for the two files that carry the site's HTTP headers: public/_headers (Netlify and
 * Cloudflare Pages) and docs/nginx-headers.conf. Tests read both, so the files cannot drift apart.
 */

/** One HTTP header as a file declares it. */
export interface Header {
  name: string;
  value: string;
}

/** The headers a _headers file gives one URL pattern. */
export interface HeaderRule {
  path: string;
  headers: Header[];
}

/**
 * Parses the _headers format: a URL pattern on a line of its own, then its headers indented as
 * `Name: value`. Lines starting with # are comments. Throws on a line it cannot read, with its number.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers line ${index + 1}: a header before any URL pattern: "${trimmed}".`);
    const match = /^([A-Za-z0-9-]+):\s*(.+)$/.exec(trimmed);
    if (!match) throw new Error(`_headers line ${index + 1}: expected "Name: value", but found "${trimmed}".`);
    rule.headers.push({ name: match[1]!, value: match[2]!.trim() });
  });
  return rules;
}

/**
 * Reads the `add_header Name "value" always;` lines of an nginx snippet, in order. The value may be
 * in double quotes, single quotes or bare. Throws on an add_header line it cannot read.
 */
export function parseNginxHeaders(text: string): Header[] {
  const headers: Header[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (!/^add_header\s/.test(trimmed)) return;
    const match = /^add_header\s+([A-Za-z0-9-]+)\s+(?:"([^"]*)"|'([^']*)'|([^\s;'"]+))(?:\s+always)?\s*;$/.exec(
      trimmed,
    );
    if (!match)
      throw new Error(`nginx line ${index + 1}: expected add_header Name "value" always;, but found "${trimmed}".`);
    headers.push({ name: match[1]!, value: match[2] ?? match[3] ?? match[4]! });
  });
  return headers;
}
