/**
 * How the build's cost grows with the number of phase pages: for each size, a temporary copy of
 * the project with that many synthetic phases is built and its wall time, CPU time and peak
 * memory printed. A benchmark, not a test: it fails only when a build fails.
 * Usage: node tests/bench/build-scale.ts [--pages N ...] [--keep]   (default: 100, 1000 and 5000 pages)
 * The last line is the summary of the largest size.
 */
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { makeBenchSite } from './bench-site.ts';
import { measureBuild } from './measure-build.ts';

const DEFAULT_SIZES = [100, 1000, 5000];

const { values } = parseArgs({ options: { pages: { type: 'string', multiple: true }, keep: { type: 'boolean' } } });
const sizes = (values.pages ?? DEFAULT_SIZES.map(String))
  .flatMap((value) => value.split(','))
  .map((value) => {
    const pages = Number(value);
    if (!Number.isInteger(pages) || pages < 1)
      throw new Error(`--pages expects a whole number of 1 or more, not "${value}"`);
    return pages;
  })
  .sort((a, b) => a - b);

console.log(
  `Wall time of \`astro build\`; CPU time and peak memory (max RSS) of its Node process, from process.resourceUsage(). ` +
    `${availableParallelism()} CPUs; other work on the machine lengthens wall time, not CPU time.`,
);
let summary = '';
let previous: { pages: number; seconds: number; cpuSeconds: number } | undefined;
for (const pages of sizes) {
  const dir = makeBenchSite(pages);
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  const cost = measureBuild(dir);
  if (!cost.ok) {
    console.error(cost.output);
    throw new Error(`The build of ${pages} pages failed after ${cost.seconds.toFixed(1)} s (kept in ${dir}).`);
  }
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  const msPerPage = (cost.seconds * 1000) / pages;
  // Linear cost: each added page costs the same. Quadratic cost: each added page costs more than the last ones did.
  const marginal = previous
    ? `; +${(((cost.cpuSeconds - previous.cpuSeconds) * 1000) / (pages - previous.pages)).toFixed(1)} ms CPU per page added since ${previous.pages} pages`
    : '';
  console.log(
    `${pages} pages: ${cost.seconds.toFixed(1)} s wall (${msPerPage.toFixed(1)} ms/page), ${cost.cpuSeconds.toFixed(1)} s CPU, ` +
      `peak ${cost.peakMegabytes.toFixed(0)} MB RSS, load average ${load} at start${marginal}`,
  );
  summary = `${pages} pages built in ${cost.seconds.toFixed(1)} s (${msPerPage.toFixed(1)} ms/page, peak ${cost.peakMegabytes.toFixed(0)} MB)`;
  previous = { pages, seconds: cost.seconds, cpuSeconds: cost.cpuSeconds };
}
console.log(summary);
