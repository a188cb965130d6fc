/**
 * Builds the fixture site (buildFixtureSite in temp-site.ts) and serves it with `astro preview`.
 * Usage: node tests/support/serve-fixture.ts NAME PORT
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildFixtureSite, ROOT } from './temp-site.ts';

const [name, port = '4322'] = process.argv.slice(2);
if (!name) throw new Error('usage: node tests/support/serve-fixture.ts NAME PORT');

// Canonical and structured-data URLs name the server the tests visit.
const dir = buildFixtureSite(name, `http://localhost:${port}`);
const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const preview = spawn(process.execPath, [astro, 'preview', '--port', port], {
  cwd: dir,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_PREVIEW_BACKGROUND: '0' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
