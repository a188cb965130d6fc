import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSite, type BuildResult } from '../support/temp-site.ts';

/** What one measured build cost. */
export interface BuildCost extends BuildResult {
  /** Wall-clock time of `astro build`, from spawning Node to its exit. */
  seconds: number;
  /** CPU time of the build process, user and system, all threads (see report-process-usage.ts). */
  cpuSeconds: number;
  /** The build process's peak resident memory (see report-process-usage.ts). */
  peakMegabytes: number;
}

/** A 5,000-page build that grows quadratically can take many minutes: report it rather than stop it. */
const BENCH_TIMEOUT_MS = 60 * 60_000;

/** Builds the site in `dir` and measures its wall time, CPU time and peak memory. */
export function measureBuild(dir: string): BuildCost {
  const reportDir = mkdtempSync(join(tmpdir(), 'ltc-bench-usage-'));
  const reportFile = join(reportDir, 'usage.jsonl');
  const preload = new URL('./report-process-usage.ts', import.meta.url).href;
  const started = performance.now();
  const result = buildSite(
    dir,
    { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(), LTC_USAGE_FILE: reportFile },
    { timeoutMs: BENCH_TIMEOUT_MS },
  );
  const seconds = (performance.now() - started) / 1000;
  // One line per Node process that ran the preload; the build process is the largest.
  let usage = { maxRssKb: 0, cpuMicros: 0 };
  try {
    for (const line of readFileSync(reportFile, 'utf8').split('\n').filter(Boolean)) {
      const reported = JSON.parse(line) as typeof usage;
      if (reported.maxRssKb > usage.maxRssKb) usage = reported;
    }
  } catch {
    // No report: the build was killed before it could write one. The figures stay 0 and the build counts as failed.
  }
  rmSync(reportDir, { recursive: true, force: true });
  return { ...result, seconds, cpuSeconds: usage.cpuMicros / 1e6, peakMegabytes: usage.maxRssKb / 1024 };
}
