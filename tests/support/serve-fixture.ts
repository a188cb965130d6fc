/**
 * Builds a fixture site and serves it with `astro preview`: the project copied to a temporary
 * folder, with the files of tests/fixtures/NAME/ laid over it.
 * Usage: node tests/support/serve-fixture.ts NAME PORT
 */
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, makeTempSite, ROOT } from './temp-site.ts';

const [name, port = '4322'] = process.argv.slice(2);
if (!name) throw new Error('usage: node tests/support/serve-fixture.ts NAME PORT');

const dir = makeTempSite(name);
cpSync(join(ROOT, 'tests', 'fixtures', name), dir, { recursive: true });
const build = buildSite(dir);
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
