/**
 * `npm run bench -- --pages N`: builds a copy of the project with N synthetic phases made from the real
 * ones and prints `N pages built in S s (X ms/page, peak M MB)`, the peak of this process, which builds.
 * `--photos P` puts a 12-megapixel photo with a caption in P of the pages (P may be 0) and builds a
 * second time with Astro's image cache kept, printing both times.
 */
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { parseFrontmatter } from 'astro/markdown';
import { stringify } from 'yaml';
import { drawFixturePictures, makeTempSite } from './support/temp-site.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '100' }, photos: { type: 'string' } } });
const pages = Number(values.pages);
const photos = Number(values.photos ?? 0);
if (!Number.isInteger(pages) || pages < 1)
  throw new Error(`--pages expects a whole number of 1 or more, not "${values.pages}"`);

const site = makeTempSite(`bench-${pages}`);

const phases = join(site, 'content', 'phases');
const templates = readdirSync(phases).map((name) => parseFrontmatter(readFileSync(join(phases, name), 'utf8')));
rmSync(phases, { recursive: true });
mkdirSync(phases);
const width = String(pages).length;
for (let k = 1; k <= pages; k++) {
  const { frontmatter, content } = templates[k % templates.length]!;
  const years = { start: 2014 + (k % 4), count: 1 + (k % 2) };
  const fields = { ...frontmatter, title: `Synthetic phase ${k}`, label: `Phase ${k}`, years };
  const source = `---\n${stringify(fields)}---\n${content}`;
  writeFileSync(join(phases, `bench-phase-${String(k).padStart(width, '0')}.mdx`), source);
}
if (photos > 0) {
  // The fixture site's photo (drawn, nothing fetched), one copy per page that shows it.
  drawFixturePictures(site);
  for (let p = 1; p <= photos; p++) {
    copyFileSync(join(phases, 'images', 'workshop.jpg'), join(phases, 'images', `photo-${p}.jpg`));
    const page = join(phases, `bench-phase-${String(Math.ceil((p * pages) / photos)).padStart(width, '0')}.mdx`);
    appendFileSync(page, `\n![Synthetic photo ${p}](./images/photo-${p}.jpg "Caption ${p}")\n`);
  }
}

process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// Without SITE_URL astro.config.mjs prints a warning: the bench prints one line only.
process.env['SITE_URL'] ??= 'http://localhost:4321';
process.chdir(site);
/** Builds the copy and returns the seconds it took. */
async function timedBuild(): Promise<number> {
  const started = performance.now();
  await build({ root: site, logLevel: 'error' });
  return (performance.now() - started) / 1000;
}
try {
  const seconds = await timedBuild();
  const again = values.photos === undefined ? undefined : await timedBuild();
  // A rule the loader added would otherwise shrink the bench unseen.
  const built = readdirSync(join(site, 'dist')).filter((name) => name.startsWith('bench-phase-')).length;
  if (built !== pages) throw new Error(`the build made ${built} phase pages, not ${pages}`);
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${pages} pages built in ${seconds.toFixed(1)} s (${((seconds * 1000) / pages).toFixed(1)} ms/page, peak ${peak.toFixed(0)} MB)` +
      (again === undefined ? '' : `, ${photos} photos; second build, image cache kept: ${again.toFixed(1)} s`),
  );
} finally {
  rmSync(site, { recursive: true, force: true });
}
