import { ADMIN_HEADER_POLICY } from './admin-policy';

/*
 * The HTTP headers the host sends, written once here; the build writes them into dist/ in each
 * host's format (integration.ts), with the base path in front: _headers for Netlify and Cloudflare
 * Pages, nginx-headers.conf for nginx. The pages' own Content-Security-Policy is a <meta> tag that
 * Astro writes (security.csp in astro.config.mjs): these add what a <meta> tag cannot carry. The
 * files hold nothing secret: every response shows the same headers.
 */

type Headers = readonly (readonly [name: string, value: string])[];

/** The headers of every response. */
const EVERY_RESPONSE: Headers = [
  // Two years of HTTPS only. No includeSubDomains: HSTS binds the whole host, and the site may live
  // under a path (BASE_PATH) of a host whose other names this project does not control.
  ['Strict-Transport-Security', 'max-age=63072000'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // The site uses no camera, microphone or location: no page, and nothing framed in one, may ask for them.
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=()'],
  // No framing (clickjacking): X-Frame-Options for old browsers; frame-ancestors is ignored in a <meta> CSP.
  ['X-Frame-Options', 'DENY'],
  ['Content-Security-Policy', "frame-ancestors 'none'"],
];

/** The folders below the base path that add headers of their own to those of every response. */
const FOLDERS: Readonly<Record<string, Headers>> = {
  // The CMS: admin-policy.ts says what Sveltia needs, and why the header allows any https: host.
  'admin/': [['Content-Security-Policy', ADMIN_HEADER_POLICY]],
  // Files for download (public/downloads/, uploads from the CMS) never run as a page. The build takes
  // only document kinds there (DOWNLOAD_EXTENSIONS); should another file get in, a sandboxed policy
  // with no sources keeps it from running script on the origin of /admin/, where the CMS keeps the
  // editor's git token.
  'downloads/': [['Content-Security-Policy', "default-src 'none'; sandbox"]],
};

const MADE_FROM = '# Written by the build from src/cms/host-headers.ts, which says why each header is sent.';

/** dist/_headers, for Netlify and Cloudflare Pages: each URL pattern, then its headers indented. */
function headersFile(base: string): string {
  const rules = Object.entries({ '': EVERY_RESPONSE, ...FOLDERS }).map(([folder, headers]) =>
    [`${base}${folder}*`, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return [MADE_FROM, ...rules].join('\n\n') + '\n';
}

/**
 * dist/nginx-headers.conf, to include in the server { } block that serves dist/. nginx drops the
 * server's add_header lines in a location that has its own: each folder's location repeats them.
 * "always" sends them with error responses too (the 404 page).
 */
function nginxFile(base: string): string {
  const lines = (headers: Headers, indent = '') =>
    headers.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
  const locations = Object.entries(FOLDERS).flatMap(([folder, headers]) => [
    '',
    `location ${base}${folder} {`,
    ...lines([...EVERY_RESPONSE, ...headers], '    '),
    '}',
  ]);
  const head = [MADE_FROM, '# Include it in the server { } block that serves dist/.'];
  return [...head, ...lines(EVERY_RESPONSE), ...locations, ''].join('\n');
}

/** The files of dist/ that tell each kind of host the headers, by name, for a site under `base` ("/" or "/tools/ltc/"). */
export function hostHeaderFiles(base: string): Record<string, string> {
  return { _headers: headersFile(base), 'nginx-headers.conf': nginxFile(base) };
}
