/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * The seed of the tests' random order: VITEST_SEED replays a run's order through `npm test` (or
 * pass --sequence.seed=N to vitest); without either, Vitest takes the time.
 */
function seedFromEnvironment(value: string | undefined): { seed?: number } {
  if (value === undefined || value === '') return {};
  if (!/^\d+$/.test(value))
    throw new Error(`VITEST_SEED is "${value}": write a whole number, such as the seed a run printed.`);
  return { seed: Number(value) };
}

// getViteConfig lets component tests render .astro files with the Container API.
export default getViteConfig({
  test: {
    environment: 'node',
    // Files and the tests in them run in a random order, in CI and here, so a test that relies on
    // another having run first fails at once. Vitest prints the seed when it starts, and
    // shuffle-seed-reporter.ts prints it again after the results, with the command that replays it.
    sequence: { shuffle: true, ...seedFromEnvironment(process.env['VITEST_SEED']) },
    reporters: ['default', './tests/support/shuffle-seed-reporter.ts'],
    // One worker per core: without it Vitest 5 kept one core idle here, and the build tests, each
    // mostly one process building, ran one after the other (50 s instead of 36 s).
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
          // Pure functions and components with no shared state, no mocks, no environment changes:
          // files share each worker's modules instead of importing Astro again (14 s to 6 s).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Build tests run `astro build` in temporary copies of the project: seconds, not milliseconds.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
