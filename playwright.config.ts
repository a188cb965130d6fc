import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/support/browser';

/*
 * End-to-end tests run against the built site served by `astro preview` (dist/), and against a
 * second build whose guide is a PDF in public/downloads/ (tests/fixtures/guide-download/).
 * Nothing downloads a browser here: findChromium() picks Debian's Chromium or says what to install.
 */
const executablePath = findChromium();
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: isCI,
  retries: 0,
  workers: 2,
  reporter: isCI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: 'http://localhost:4321',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // Chromium's background services try to reach Google; this network is closed.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: 'npx astro preview --port 4321',
      url: 'http://localhost:4321/',
      reuseExistingServer: !isCI,
      // Astro 7 detaches preview into the background when it thinks an agent runs it.
      env: { ASTRO_PREVIEW_BACKGROUND: '0' },
      timeout: 60_000,
    },
    {
      command: 'npx node tests/support/serve-fixture.ts guide-download 4322',
      url: 'http://localhost:4322/',
      reuseExistingServer: !isCI,
      env: { ASTRO_PREVIEW_BACKGROUND: '0' },
      timeout: 180_000,
    },
  ],
});
