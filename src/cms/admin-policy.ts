import type { CmsBackend } from './backend';

/*
 * The Content-Security-Policy of /admin/, apart from the content pages' (which Astro writes and
 * which allows no script at all). Sveltia CMS needs its own script, inline styles (Svelte sets
 * style attributes), blob: workers and images (uploads before they are saved) and, in production,
 * the git host's API. It needs no 'unsafe-eval'. Its fonts and update check come from this site
 * (admin-files.ts).
 */

/** The directives every admin page has, whatever the git host. */
const BASE_DIRECTIVES: [string, string[]][] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  // data: for Sveltia's own logo, which it reads with fetch() to make the tab's icon; blob: for a
  // file being uploaded, which it reads back with fetch() to save it (the guide's PDF).
  ['connect-src', ["'self'", 'data:', 'blob:']],
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'none'"]],
];

/** The directives, each with the sources `extra` adds to it, as a policy's parts. */
const policy = (extra: Record<string, readonly string[]>) =>
  BASE_DIRECTIVES.map(([name, sources]) => `${name} ${[...sources, ...(extra[name] ?? [])].join(' ')}`);

/** The policy of the admin page for a backend, as the value of a <meta> tag (no frame-ancestors). */
export function adminPolicy(backend: Pick<CmsBackend, 'connect' | 'images'>): string {
  return policy({ 'connect-src': backend.connect, 'img-src': backend.images }).join('; ');
}

/**
 * The policy the host sends for /admin/ (host-headers.ts), whatever the git host: the page's own
 * <meta> policy narrows connect-src and img-src to the chosen host (browsers enforce both).
 * Only a header can forbid framing.
 */
export const ADMIN_HEADER_POLICY = [
  ...policy({ 'connect-src': ['https:'], 'img-src': ['https:'] }),
  "frame-ancestors 'none'",
].join('; ');
