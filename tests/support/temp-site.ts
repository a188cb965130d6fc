import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** What a temporary site needs from the project; node_modules is linked, not copied. */
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content'];

/**
 * Copies the project into a fresh temporary folder, so a test can change its content and
 * build it without touching the real one. Returns the folder.
 */
export function makeTempSite(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ltc-${label}-`));
  // public/ may not exist yet (git keeps no empty folder); copy what there is.
  for (const entry of COPIED) if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The result of `astro build` in a folder: its exit status and everything it printed. */
export interface BuildResult {
  ok: boolean;
  output: string;
}

/** Runs `astro build` in a folder with the project's own Node, colours off for readable output. */
export function buildSite(dir: string, env: Record<string, string> = {}): BuildResult {
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}
