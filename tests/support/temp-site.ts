import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

/** The project's root folder. */
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Caches that Astro and Vite write inside node_modules: the content data store
 * (node_modules/.astro/data-store.json) and Vite's optimised dependencies. Each temporary site
 * gets its own, or builds running side by side read each other's content.
 */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** What a temporary site needs from the project; node_modules is linked, not copied. */
const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'content'];

/**
 * Copies the project into a fresh temporary folder (or into `dir`, empty or missing), so a test can change its
 * content and build it without touching the real one. With another content set, its content/ replaces the
 * project's and its public/ files are laid over the project's (a fixture's hosted downloads).
 */
export function makeTempSite(label: string, contentRoot = ROOT, dir = mkdtempSync(join(tmpdir(), `ltc-${label}-`))) {
  // public/ may not exist yet (git keeps no empty folder); copy what there is.
  for (const entry of COPIED)
    if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  if (contentRoot !== ROOT) {
    rmSync(join(dir, 'content'), { recursive: true });
    copyContentSet(contentRoot, dir);
  }
  // Link each package rather than the folder, so the caches inside node_modules stay in this site.
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'node_modules')))
    if (!CACHES.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  return dir;
}

/**
 * Copies a content set's content/ and public/ into `dir`, by default a new temporary folder (what the
 * build's checks read), drawing the fixture site's pictures. Returns the folder.
 */
export function copyContentSet(contentRoot: string, dir = mkdtempSync(join(tmpdir(), 'ltc-content-'))): string {
  for (const part of ['content', 'public'])
    if (existsSync(join(contentRoot, part))) cpSync(join(contentRoot, part), join(dir, part), { recursive: true });
  if (basename(contentRoot) === FIXTURE_SITE_NAME) drawFixturePictures(dir);
  return dir;
}

/** The fixture site's photos are drawn into a copy of it, not committed (fixture-pictures.ts). */
export function drawFixturePictures(dir: string): void {
  const drawn = spawnSync(process.execPath, [join(import.meta.dirname, 'fixture-pictures.ts'), dir], {
    encoding: 'utf8',
  });
  if (drawn.status !== 0) throw new Error(`The fixture's pictures were not drawn: ${drawn.stderr}`);
}

/** Astro's command line, run with the project's own Node. */
export const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Runs `astro build` in a folder, stopped after 3 minutes: its exit status and everything it printed. It does not
 * block: builds started together share the cores instead of queueing on one.
 */
export function buildSite(dir: string, env: Record<string, string> = {}) {
  const options = { cwd: dir, env: astroEnv(env), encoding: 'utf8', timeout: 180_000 } as const;
  return new Promise<{ ok: boolean; output: string }>((resolve) => {
    execFile(process.execPath, [ASTRO, 'build'], options, (error, stdout, stderr) =>
      resolve({ ok: error === null, output: `${stdout}\n${stderr}` }),
    );
  });
}

/**
 * The environment of an astro command a test starts, with `env`: colours off for readable output, and
 * without the variables Vitest sets for its own Vite (BASE_URL, MODE, DEV, PROD, SSR, VITEST…), or a
 * build started from a test would take Vitest's BASE_URL for its own.
 */
export function astroEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const vitest = (key: string) =>
    key.startsWith('VITEST') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST'].includes(key);
  const kept = Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitest(key)));
  return { ...kept, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

/** The fixture content set the browser tests run on besides content/: see its README. */
export const FIXTURE_SITE_NAME = 'second-site';
export const FIXTURE_SITE_ROOT = join(ROOT, 'tests', 'fixtures', FIXTURE_SITE_NAME);

/**
 * Where a fixture site is built: a fixed folder per checkout, so the server that builds it and
 * the tests that read its files agree without passing a random name around.
 */
export function fixtureSiteDir(name: string): string {
  const checkout = createHash('sha256').update(ROOT).digest('hex').slice(0, 8);
  return join(tmpdir(), `ltc-site-${name}-${checkout}`);
}

/**
 * Builds a fixture site afresh in fixtureSiteDir(name): the project copied, its content/ replaced by
 * tests/fixtures/NAME/content/ and the fixture's public/ files laid over the project's. SITE_URL is
 * the origin it will be served from. Returns the folder; throws with the build's output if it fails.
 */
export async function buildFixtureSite(name: string, siteUrl: string) {
  const dir = fixtureSiteDir(name);
  rmSync(dir, { recursive: true, force: true });
  makeTempSite(name, join(ROOT, 'tests', 'fixtures', name), dir);
  const build = await buildSite(dir, { SITE_URL: siteUrl });
  if (!build.ok) {
    console.error(build.output);
    throw new Error(`The fixture site "${name}" did not build (in ${dir}).`);
  }
  return dir;
}
