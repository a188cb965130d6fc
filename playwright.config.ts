import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/support/browsers';
import { FIXTURE_SITE_NAME } from './tests/support/temp-site';

/*
 * End-to-end tests run against two builds, each served by `astro preview`: the real site (dist/,
 * built by `npm test` before) and the fixture site of tests/fixtures/second-site/, built here by
 * its server. Tests read what to expect from each site's content (tests/support/sites.ts).
 * Nothing downloads a browser here: findChromium() picks Debian's Chromium or says what to install.
 */
const executablePath = findChromium();
const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: isCI,
  retries: 0,
  fullyParallel: true,
  workers: 2,
  reporter: isCI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: 'http://localhost:4321',
    // Recording a trace slows every step; on CI a failure's message and the list reporter suffice.
    trace: isCI ? 'off' : 'retain-on-failure',
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
      command: `npx node tests/support/serve-fixture.ts ${FIXTURE_SITE_NAME} 4322`,
      url: 'http://localhost:4322/',
      reuseExistingServer: !isCI,
      env: { ASTRO_PREVIEW_BACKGROUND: '0' },
      timeout: 180_000,
    },
  ],
});
