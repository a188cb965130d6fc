import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSite, type BuildResult } from '../support/temp-site.ts';

/** What one measured build cost. */
export interface BuildCost extends BuildResult {
  /** Wall-clock time of `astro build`, from spawning Node to its exit. */
  seconds: number;
  /** The build process's peak resident memory, from Node's own counter (see report-peak-memory.ts). */
  peakMegabytes: number;
}

/** A 5,000-page build that grows quadratically can take many minutes: report it rather than stop it. */
const BENCH_TIMEOUT_MS = 30 * 60_000;

/** Builds the site in `dir` and measures its wall time and the peak memory of the build process. */
export function measureBuild(dir: string): BuildCost {
  const reportDir = mkdtempSync(join(tmpdir(), 'ltc-bench-memory-'));
  const reportFile = join(reportDir, 'max-rss-kb.txt');
  const preload = new URL('./report-peak-memory.ts', import.meta.url).href;
  const started = performance.now();
  const result = buildSite(
    dir,
    {
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(),
      LTC_PEAK_MEMORY_FILE: reportFile,
    },
    { timeoutMs: BENCH_TIMEOUT_MS },
  );
  const seconds = (performance.now() - started) / 1000;
  let peakKilobytes = 0;
  try {
    // One line per Node process that ran the preload; the build's peak is the largest.
    peakKilobytes = Math.max(0, ...readFileSync(reportFile, 'utf8').split('\n').filter(Boolean).map(Number));
  } catch {
    // No report: the build was killed before it could write one. The figure stays 0 and the build counts as failed.
  }
  rmSync(reportDir, { recursive: true, force: true });
  return { ...result, seconds, peakMegabytes: peakKilobytes / 1024 };
}
