import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, makeTempSite, ROOT } from '../support/temp-site';

/*
 * `npm run dev`: a field mistake saved while the dev server runs leaves the last good version
 * of the entry in place (Astro's glob loader only logs the error), so without help the browser
 * shows an old page and no error. The site shows a dev-only banner that says the page is out of
 * date and why, and removes it when the file is saved without the mistake. This test runs
 * `astro dev` in a copy of the project, on a fixed port of its own (not 4321/4322).
 */

const PORT = 4431;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The attribute that marks the banner (src/components/DevContentProblems.astro). */
const BANNER = 'data-ltc-dev-problems';
/** How long the server may take to start, and a saved change to show. */
const START_TIMEOUT_MS = 90_000;
const CHANGE_TIMEOUT_MS = 30_000;

let dir = '';
let server: ChildProcess | undefined;
let log = '';

/** Fetches a page's HTML; a server error or no answer yet gives "" so that polling goes on. */
async function page(path: string): Promise<string> {
  try {
    const response = await fetch(`${ORIGIN}${path}`);
    return await response.text();
  } catch {
    return '';
  }
}

/** Fetches a page until `done` holds for its HTML, or fails after `timeoutMs` saying what it waited for. */
async function pollPage(path: string, what: string, done: (html: string) => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let html = '';
  while (Date.now() < deadline) {
    if (server?.exitCode !== null && server?.exitCode !== undefined)
      throw new Error(`astro dev exited (code ${server.exitCode}) while waiting until ${what}.\n${log}`);
    html = await page(path);
    if (done(html)) return html;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(
    `Waited ${timeoutMs / 1000} s until ${what} at ${ORIGIN}${path}, in vain.\nLast page (start):\n${html.slice(0, 1500)}\nServer log:\n${log}`,
  );
}

/** Stops the server and waits for it to exit; forces it after 5 s. */
function stopServer(): Promise<void> {
  return new Promise((resolve) => {
    const child = server;
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

beforeAll(async () => {
  dir = makeTempSite('dev');
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  server = spawn(process.execPath, [astro, 'dev', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Astro 7 detaches dev into the background when it thinks an agent runs it: keep it here.
    env: { ...cleanEnv(), ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8_000));
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  await pollPage('/', 'the dev server served the home page', (html) => html.includes('<main'), START_TIMEOUT_MS);
}, START_TIMEOUT_MS + 10_000);

afterAll(async () => {
  await stopServer();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('astro dev shows a field mistake in the browser, and clears it when fixed', () => {
  it(
    'shows the banner with the message after a bad save, and removes it after a good one',
    async () => {
      const file = join(dir, 'content', 'phases', 'phase-2.mdx');
      const good = readFileSync(file, 'utf8');
      expect(await page('/phase-2/')).not.toContain(BANNER);

      writeFileSync(file, good.replace(/^(\s+start:) .*$/m, '$1 two thousand sixteen'));
      const stale = await pollPage(
        '/phase-2/',
        'the page showed the banner',
        (html) => html.includes(BANNER),
        CHANGE_TIMEOUT_MS,
      );
      // The last good version of the page is still shown, under the banner that says why.
      expect(stale).toContain('<main');
      expect(stale).toContain('content/phases/phase-2.mdx: years.start: expected a year written in digits');

      writeFileSync(file, good);
      await pollPage(
        '/phase-2/',
        'the banner was gone',
        (html) => html.includes('<main') && !html.includes(BANNER),
        CHANGE_TIMEOUT_MS,
      );
    },
    2 * CHANGE_TIMEOUT_MS + 10_000,
  );
});
