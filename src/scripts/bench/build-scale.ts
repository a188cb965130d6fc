/**
 * How the build's cost grows with the number of phase pages: for each size, a temporary copy of
 * the project with that many synthetic phases is built and its wall time, CPU time, peak memory
 * and phases (start, content sync, bundling, rendering…) printed. With --against starlight, the
 * same pages are also built as MDX by Starlight, alternately with ours (--runs times each, 3 by
 * default), and the ratios of the best and the median times printed: single runs on a shared
 * machine vary by a quarter, alternated runs see the same load.
 * A benchmark, not a test: it fails only when a build fails.
 * Usage: node src/scripts/bench/build-scale.ts [--pages N[,N…]] [--against starlight] [--runs N] [--keep]
 * (default: 100, 1000 and 5000 pages). The last line is the summary of the largest size.
 */
import { rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../../../tests/support/temp-site.ts';
import { benchPages, makeBenchSite } from './bench-site.ts';
import { measureBuild, type BuildCost } from './measure-build.ts';
import { installStarlight, makeStarlightSite, STARLIGHT_ASTRO } from './starlight-site.ts';

const DEFAULT_SIZES = [100, 1000, 5000];

const { values } = parseArgs({
  options: {
    pages: { type: 'string', multiple: true },
    against: { type: 'string' },
    runs: { type: 'string' },
    keep: { type: 'boolean' },
  },
});
const wholeNumber = (value: string, option: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${option} expects a whole number of 1 or more, not "${value}"`);
  return number;
};
const sizes = (values.pages ?? DEFAULT_SIZES.map(String))
  .flatMap((value) => value.split(','))
  .map((value) => wholeNumber(value, '--pages'))
  .sort((a, b) => a - b);
if (values.against !== undefined && values.against !== 'starlight')
  throw new Error(`--against knows only "starlight", not "${values.against}"`);
const against = values.against === 'starlight';
const runs = wholeNumber(values.runs ?? (against ? '3' : '1'), '--runs');

const OUR_ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

console.log(
  `Wall time of \`astro build\` and its phases; CPU time and peak memory (max RSS) of its Node process, from process.resourceUsage(). ` +
    `${availableParallelism()} CPUs; other work on the machine lengthens wall time, not CPU time.`,
);
if (against) console.log(`Against Starlight ${installStarlight()} (Pagefind off), the same pages as MDX, alternated.`);

const median = (numbers: readonly number[]) => {
  const sorted = numbers.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const seconds = (value: number) => `${value.toFixed(1)} s`;

/** Builds one site, prints its line and returns its cost; throws when the build fails. */
async function run(who: string, dir: string, astroBin: string, label: string): Promise<BuildCost> {
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  const cost = await measureBuild(dir, astroBin);
  if (!cost.ok) {
    console.error(cost.output);
    throw new Error(`The ${who} build of ${label} failed after ${seconds(cost.seconds)} (kept in ${dir}).`);
  }
  const phases = cost.phases.map((phase) => `${phase.name} ${phase.seconds.toFixed(1)}`).join(' · ');
  console.log(
    `  ${who.padEnd(9)} ${label}: ${seconds(cost.seconds)} wall, ${seconds(cost.cpuSeconds)} CPU, ` +
      `peak ${cost.peakMegabytes.toFixed(0)} MB, load ${load} at start\n              phases (s): ${phases}`,
  );
  return cost;
}

/** Best, median and peak of a series of runs. */
function figures(costs: readonly BuildCost[]) {
  return {
    best: Math.min(...costs.map((cost) => cost.seconds)),
    median: median(costs.map((cost) => cost.seconds)),
    cpu: median(costs.map((cost) => cost.cpuSeconds)),
    peak: Math.max(...costs.map((cost) => cost.peakMegabytes)),
  };
}

let summary = '';
let previous: { pages: number; median: number; cpu: number } | undefined;
for (const size of sizes) {
  const pages = benchPages(size);
  console.log(`${size} pages:`);
  const ours: BuildCost[] = [];
  const theirs: BuildCost[] = [];
  for (let index = 1; index <= runs; index++) {
    const label = `${index}/${runs}`;
    const dir = makeBenchSite(pages);
    ours.push(await run('ours', dir, OUR_ASTRO, label));
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
    if (against) theirs.push(await run('Starlight', makeStarlightSite(pages), STARLIGHT_ASTRO, label));
  }
  const our = figures(ours);
  const msPerPage = (our.median * 1000) / size;
  // Linear cost: each added page costs the same. Quadratic cost: each added page costs more than the last ones did.
  const marginal = previous
    ? `; since ${previous.pages} pages, +${(((our.median - previous.median) * 1000) / (size - previous.pages)).toFixed(1)} ms wall ` +
      `and +${(((our.cpu - previous.cpu) * 1000) / (size - previous.pages)).toFixed(1)} ms CPU per page added`
    : '';
  const times = runs > 1 ? `best ${seconds(our.best)}, median ${seconds(our.median)}` : seconds(our.median);
  console.log(
    `  ours: ${times} (${msPerPage.toFixed(1)} ms/page), ${seconds(our.cpu)} CPU, peak ${our.peak.toFixed(0)} MB${marginal}`,
  );
  summary = `${size} pages built in ${times} (${msPerPage.toFixed(1)} ms/page, peak ${our.peak.toFixed(0)} MB)`;
  if (against) {
    const star = figures(theirs);
    console.log(
      `  Starlight: best ${seconds(star.best)}, median ${seconds(star.median)}, ${seconds(star.cpu)} CPU, peak ${star.peak.toFixed(0)} MB`,
    );
    summary +=
      `; against Starlight: best/best ${(our.best / star.best).toFixed(2)}, median/median ${(our.median / star.median).toFixed(2)}, ` +
      `CPU ${(our.cpu / star.cpu).toFixed(2)}, peak memory ${our.peak.toFixed(0)} MB against ${star.peak.toFixed(0)} MB`;
  }
  previous = { pages: size, median: our.median, cpu: our.cpu };
}
console.log(summary);
