/** ("/tools/ltc/", "phase-1/") gives "/tools/ltc/phase-1/". */
export function joinBase(base: string, path: string): string {
  return `${base.replace(/\/?$/, '/')}${path.replace(/^\/+/, '')}`;
}
