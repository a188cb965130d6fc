import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { cleanEnv } from '../../../tests/support/temp-site.ts';

/** One phase of `astro build`, as its log shows it, and how long it took. */
export interface Phase {
  name: string;
  seconds: number;
}

/** What one measured build cost. */
export interface BuildCost {
  ok: boolean;
  /** Everything the build printed. */
  output: string;
  /** Wall-clock time of `astro build`, from spawning Node to its exit. */
  seconds: number;
  /** CPU time of the build process, user and system, all threads (see report-process-usage.ts). */
  cpuSeconds: number;
  /** The build process's peak resident memory (see report-process-usage.ts). */
  peakMegabytes: number;
  /** The build's phases, in order; together they make `seconds`. */
  phases: Phase[];
}

/**
 * The lines of Astro's build log that end a phase, in order, with the name of the phase they
 * end. Each line is timed when it arrives (Node writes to pipes synchronously on Linux and
 * macOS), which is finer than the log's own whole-second timestamps. A phase whose line never
 * comes is folded into the next one.
 */
const PHASE_ENDS: readonly { name: string; line: RegExp }[] = [
  { name: 'start, config', line: /\[content\] Syncing content/ },
  { name: 'content sync', line: /\[content\] Synced content/ },
  { name: 'types, build info', line: /\[build\] Building static entrypoints/ },
  { name: 'bundling (Vite)', line: /generating static routes/ },
  // "12:00:00 ✓ Completed in 10.84s.": the generation's own line, without the "[build]" of earlier steps.
  { name: 'rendering pages', line: /^[\d:]+ ✓ Completed in/ },
];
/** What runs after the pages are written: integrations' build:done (the sitemap), Node's exit. */
const LAST_PHASE = 'the rest (sitemap, exit)';

/** A 5,000-page build that grows quadratically can take many minutes: report it rather than stop it. */
const BENCH_TIMEOUT_MS = 60 * 60_000;

/**
 * Runs `astro build` in `dir` with the project's own Node (or the given astro.mjs) and measures
 * its wall time, phases, CPU time and peak memory.
 */
export async function measureBuild(dir: string, astroBin: string): Promise<BuildCost> {
  const reportDir = mkdtempSync(join(tmpdir(), 'ltc-bench-usage-'));
  const reportFile = join(reportDir, 'usage.jsonl');
  const preload = new URL('./report-process-usage.ts', import.meta.url).href;
  const started = performance.now();
  const child = spawn(process.execPath, [astroBin, 'build'], {
    cwd: dir,
    env: {
      ...cleanEnv(),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(),
      LTC_USAGE_FILE: reportFile,
    },
    timeout: BENCH_TIMEOUT_MS,
  });
  const lines: string[] = [];
  const phases: Phase[] = [];
  let phaseStart = started;
  const onLine = (line: string) => {
    lines.push(line);
    const next = PHASE_ENDS.findIndex((phase) => phase.line.test(line));
    // Only a later phase's line counts.
    const done = PHASE_ENDS.findIndex((phase) => phase.name === phases.at(-1)?.name);
    if (next <= done) return;
    const now = performance.now();
    phases.push({ name: PHASE_ENDS[next]?.name ?? '', seconds: (now - phaseStart) / 1000 });
    phaseStart = now;
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ended = performance.now();
  phases.push({ name: LAST_PHASE, seconds: (ended - phaseStart) / 1000 });
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
  return {
    ok: status === 0,
    output: lines.join('\n'),
    seconds: (ended - started) / 1000,
    cpuSeconds: usage.cpuMicros / 1e6,
    peakMegabytes: usage.maxRssKb / 1024,
    phases,
  };
}
