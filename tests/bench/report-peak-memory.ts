/*
 * Preloaded into the measured build (NODE_OPTIONS=--import): when the process ends, appends its
 * peak resident memory in kilobytes to the file named by LTC_PEAK_MEMORY_FILE. Node's own
 * counter works wherever Node does, unlike /usr/bin/time, which not every machine has.
 */
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.LTC_PEAK_MEMORY_FILE;
// Worker threads share the process's memory; only the main thread reports it, once, at the end.
if (file && isMainThread) {
  process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
}
