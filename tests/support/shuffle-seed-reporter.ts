import type { Reporter, TestRunEndReason, Vitest } from 'vitest/node';

/**
 * Vitest runs the tests in a random order (sequence.shuffle in vitest.config.ts), so that a test
 * that needs another to run first fails. This reporter prints, after the results, the seed that
 * made the order and the command that runs the same tests in the same order again.
 */
export default class ShuffleSeedReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(_modules: unknown, _errors: unknown, reason: TestRunEndReason): void {
    const seed = this.vitest?.getSeed();
    if (seed === null || seed === undefined) return;
    // The same arguments (projects, files, filters), with this seed in place of any other.
    const args = process.argv
      .slice(2)
      .filter((arg, i, all) => !arg.startsWith('--sequence.seed') && all[i - 1] !== '--sequence.seed');
    const replay = `npx vitest ${[...args, `--sequence.seed=${seed}`].join(' ')}`;
    this.vitest!.logger.log(`Vitest shuffle seed: ${seed} (${reason}; replay this order with: ${replay})`);
  }
}
