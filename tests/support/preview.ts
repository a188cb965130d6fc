import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv, ROOT } from './temp-site.ts';

/** A running `astro preview` of a built temporary site. */
export interface Preview {
  /** The site's URL, with its base path: http://localhost:4331/tools/ltc/. */
  url: string;
  stop: () => void;
}

/** Serves dir/dist with `astro preview` on a port, under the build's base path, and waits until it answers. */
export async function startPreview(
  dir: string,
  port: number,
  base = '/',
  env: Record<string, string> = {},
): Promise<Preview> {
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'preview', '--port', String(port)], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...cleanEnv(), ASTRO_PREVIEW_BACKGROUND: '0', BASE_PATH: base, ...env },
  });
  const url = `http://localhost:${port}${base}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`astro preview in ${dir} did not answer at ${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop: () => child.kill() };
}
