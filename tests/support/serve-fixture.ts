/**
 * Builds the fixture site and serves it with `astro preview`: the project copied to
 * fixtureSiteDir(), its content/ replaced by tests/fixtures/NAME/content/ and the fixture's
 * public/ files laid over the project's.
 * Usage: node tests/support/serve-fixture.ts NAME PORT
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyProject, fixtureSiteDir, ROOT, useContentSet } from './temp-site.ts';

const [name, port = '4322'] = process.argv.slice(2);
if (!name) throw new Error('usage: node tests/support/serve-fixture.ts NAME PORT');

const dir = fixtureSiteDir(name);
rmSync(dir, { recursive: true, force: true });
copyProject(dir);
useContentSet(dir, join(ROOT, 'tests', 'fixtures', name));
// Canonical and structured-data URLs name the server the tests visit.
const build = buildSite(dir, { SITE_URL: `http://localhost:${port}` });
if (!build.ok) {
  console.error(build.output);
  throw new Error(`The fixture site "${name}" did not build (in ${dir}).`);
}
const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const preview = spawn(process.execPath, [astro, 'preview', '--port', port], {
  cwd: dir,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
