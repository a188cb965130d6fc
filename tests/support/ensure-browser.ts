/**
 * Run before the browser tests by `npm test`, `test:e2e` and `test:engines`: checks the Debian
 * packages they need (.ci/debian-packages, read by browsers.ts). As root on Debian it installs what is
 * missing (one apt-get update). Without Chromium it stops, saying what to install; without another
 * engine it names the tests that will not run and how to install it, and the run goes on, except
 * under CI=true, where every engine is required.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ENGINES, findChromium, lackingPackages, notRunnable, type EngineName } from './browsers.ts';

const engines = Object.keys(ENGINES) as EngineName[];
const lacking = engines.flatMap(lackingPackages);
if (lacking.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log(`Installing Debian's ${lacking.join(', ')} for the browser tests (apt-get) ...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status === 0)
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...lacking], { stdio: 'inherit', env });
}

try {
  findChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const reasons = engines.flatMap((engine) => notRunnable(engine) ?? []);
if (reasons.length > 0 && process.env['CI']) {
  console.error(`CI=true requires every engine:\n${reasons.map((reason) => `  ${reason}`).join('\n')}`);
  process.exit(1);
}
for (const reason of reasons) console.log(`Not run here: ${reason}`);
