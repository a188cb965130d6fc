/** The origin used when SITE_URL is not set: the local preview server. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The origin for canonical URLs and the sitemap, with no trailing slash. */
export function resolveSiteUrl(value: string | undefined): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  const url = URL.parse(raw);
  if (!url) throw new Error(`SITE_URL must be an absolute URL such as https://www.example.org, but it is "${raw}".`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must start with https:// (or http:// for a local preview), but it is "${raw}".`);
  return url.origin;
}

/** The sub-path the site is served from, with a leading and a trailing slash. */
export function resolveBasePath(value: string | undefined): string {
  const raw = value?.trim() || '/';
  if (/[?#\s]/.test(raw) || raw.includes('://'))
    throw new Error(`BASE_PATH must be a path such as /tools/ltc/, but it is "${raw}".`);
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
