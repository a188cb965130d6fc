/**
 * Internal links honour the base path the site is served from (BASE_PATH), so the same build
 * works at / and under a sub-path such as /tools/ltc/.
 */

/** Joins the base path and a site path: ("/tools/ltc/", "phase-1/") gives "/tools/ltc/phase-1/". */
export function joinBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return `${cleanBase}${path.replace(/^\/+/, '')}`;
}

/** A path of this site, under the configured base. */
export function sitePath(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
