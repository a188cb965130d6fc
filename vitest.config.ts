/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// getViteConfig lets component tests render .astro files with the Container API.
export default getViteConfig({
  test: {
    environment: 'node',
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
