/**
 * Run before the browser tests by `npm test`, `test:e2e` and `test:engines`: checks the Debian
 * packages they need (.ci/debian-packages, browsers.ts). As root on Debian it installs what is
 * missing (one apt-get update). Without Chromium it stops, saying what to install; without another
 * engine it names the tests that will not run and how to install it, and the run goes on, except
 * under CI=true, where every engine is required.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINES, findChromium, notRunnable, PRESENT, type EngineName } from './browsers.ts';
import { ROOT } from './temp-site.ts';

const PACKAGES = readFileSync(join(ROOT, '.ci', 'debian-packages'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'));
const unknown = [
  ...PACKAGES.filter((name) => !PRESENT[name]),
  ...Object.keys(PRESENT).filter((name) => !PACKAGES.includes(name)),
];
if (unknown.length > 0)
  throw new Error(
    `.ci/debian-packages and browsers.ts must name the same packages; they differ on ${unknown.join(', ')}.`,
  );

const lacking = PACKAGES.filter((name) => !PRESENT[name]!());
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
const reasons = (Object.keys(ENGINES) as EngineName[]).flatMap((engine) => notRunnable(engine) ?? []);
if (reasons.length > 0 && process.env['CI']) {
  console.error(`CI=true requires every engine:\n${reasons.map((reason) => `  ${reason}`).join('\n')}`);
  process.exit(1);
}
for (const reason of reasons) console.log(`Not run here: ${reason}`);
