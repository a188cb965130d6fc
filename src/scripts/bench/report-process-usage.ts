/*
 * Preloaded into the measured build (NODE_OPTIONS=--import): when the process ends, appends a
 * line with its peak resident memory (kB) and CPU time (µs, user + system, all threads) to the
 * file named by LTC_USAGE_FILE. Node's own counters work wherever Node does, unlike
 * /usr/bin/time, which not every machine has. CPU time, unlike wall time, barely changes when
 * other work shares the machine.
 */
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.LTC_USAGE_FILE;
// Worker threads share the process's counters; only the main thread reports them, once, at the end.
if (file && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime })}\n`,
    );
  });
}
