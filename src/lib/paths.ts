/** ("/tools/ltc/", "phase-1/") gives "/tools/ltc/phase-1/". */
export function joinBase(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return `${cleanBase}${path.replace(/^\/+/, '')}`;
}
