import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refuseTakenPort } from '../support/ports';
import { cleanEnv, makeTempSite, ROOT } from '../support/temp-site';

/*
 * `npm run dev`: a mistake in the fields saved while the dev server runs leaves the folder's last
 * good entries in place (the loader reloads it with the build's checks), so without help the browser
 * shows an old page and no error. The site shows a dev-only banner that says the page is out of
 * date and why, and removes it when the file is saved without the mistake. This test runs
 * `astro dev` in a copy of the project, on a fixed port of its own (docs/testing.md, "Ports").
 */

const PORT = 4431;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The attribute that marks the banner (src/components/DevContentProblems.astro). */
const BANNER = 'data-ltc-dev-problems';
/** How long a saved change may take to show. */
const CHANGE_TIMEOUT_MS = 30_000;

let dir = '';
/** The phase the tests break: the copy's first phase file by name, whatever the editors call it. */
let phase = '';
let server: ChildProcess | undefined;
let log = '';

/** Fetches a page until `check` passes on its HTML (no answer yet counts as ""), and returns the HTML. */
async function pageWhen(path: string, check: (html: string) => void, timeout = CHANGE_TIMEOUT_MS): Promise<string> {
  try {
    return await vi.waitFor(
      async () => {
        const html = await fetch(`${ORIGIN}${path}`).then(
          (response) => response.text(),
          () => '',
        );
        check(html);
        return html;
      },
      { timeout, interval: 300 },
    );
  } catch (error) {
    throw new Error(`${(error as Error).message}\nat ${ORIGIN}${path}; server log:\n${log}`, { cause: error });
  }
}
/**
 * The banner with this message. A save reloads the store before the page shows the new banner, and
 * the banner of the last test may still be drawn for a moment: wait for the message, not any banner.
 */
const shows = (message: string) => (html: string) => {
  expect(html).toContain(BANNER);
  expect(html).toContain(message);
};
const bannerGone = (html: string) => {
  expect(html).toContain('<main');
  // The banner's text, so a failure says which problem stayed.
  expect(
    html.includes(BANNER) ? html.slice(html.indexOf(BANNER), html.indexOf('</div>', html.indexOf(BANNER))) : '',
  ).toBe('');
};

/**
 * Listens to the dev server's live-reload channel (Vite's HMR web socket, as a browser tab does) and
 * records the type of every message the content store sends; "full-reload" makes an open tab reload.
 */
async function listenForReloads() {
  // Vite only accepts a socket that shows the token written into its client script.
  const client = await (await fetch(`${ORIGIN}/@vite/client`)).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
  const socket = new WebSocket(`ws://127.0.0.1:${PORT}/?token=${token}`, 'vite-hmr');
  const types: string[] = [];
  socket.addEventListener('message', (event) => {
    // Vite's own reload for a changed module has no path; the content store's names "*".
    const message = JSON.parse(String(event.data)) as { type?: string; path?: string };
    if (message.path === '*') types.push(message.type ?? '');
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', () => reject(new Error(`No live-reload socket at ${ORIGIN}.\n${log}`)));
  });
  /**
   * Changes content/ and waits until the content loader has reloaded it, which makes an open tab reload.
   * Every change waits so: a second save of a file before the server has seen the first may reach the
   * watcher as one change, and a case would start from the last case's file.
   */
  const changeAndReload = async (change: () => void) => {
    const seen = types.length;
    change();
    await vi.waitFor(() => expect(types.slice(seen), log).toContain('full-reload'), { timeout: CHANGE_TIMEOUT_MS });
  };
  /** Saves `text` into `file` and waits until the save makes an open tab reload. */
  const saveAndReload = (file: string, text: string) => changeAndReload(() => writeFileSync(file, text));
  return { changeAndReload, saveAndReload, close: () => socket.close() };
}

beforeAll(async () => {
  await refuseTakenPort(PORT, '127.0.0.1');
  dir = makeTempSite('dev');
  const [first] = readdirSync(join(dir, 'content', 'phases'))
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  if (!first) throw new Error('content/phases/ holds no .mdx file to break.');
  phase = first.replace(/\.mdx$/, '');
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  server = spawn(process.execPath, [astro, 'dev', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Astro 7 detaches dev into the background when it thinks an agent runs it: keep it here.
    // Vitest sets NODE_ENV=test, which turns off the dev server's live reload: run it as an editor does.
    env: {
      ...cleanEnv(),
      NODE_ENV: 'development',
      ASTRO_DEV_BACKGROUND: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8_000));
  server.stdout?.on('data', keep);
  server.stderr?.on('data', keep);
  await pageWhen('/', (html) => expect(html).toContain('<main'), 90_000);
}, 100_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    server.kill('SIGKILL');
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('astro dev shows a mistake in the browser, and clears it when fixed', () => {
  it('reloads an open tab and shows the banner with the message after a bad save, and removes it after a good one', async () => {
    // A data file: no page imports it, so only the content loader can make an open tab reload.
    const file = join(dir, 'content', 'site', 'settings.yaml');
    const good = readFileSync(file, 'utf8');
    await pageWhen(`/${phase}/`, bannerGone);
    const tab = await listenForReloads();
    // The loader keeps the last good entry, which alone would not reload an open tab.
    // The sentence's address, the only "@" of the file, written as words.
    await tab.saveAndReload(file, good.replace('@', ' at '));
    // The last good version of the page is still shown, under the banner that says why.
    const stale = await pageWhen(
      `/${phase}/`,
      shows('content/site/settings.yaml: feedback.sentence: expected a sentence with exactly one e-mail address'),
    );
    expect(stale).toContain('<main');
    await tab.saveAndReload(file, good);
    tab.close();
    await pageWhen(`/${phase}/`, bannerGone);
  });

  // Issue 14: code saved in the text of a page is refused by the loader's compile of the page, as in a
  // build: the banner names the file and line of each line of code, and none of it runs.
  it('refuses code saved in the text of a page: the banner names the file and line of {…} and of an export, none of it runs', async () => {
    const file = join(dir, 'content', 'phases', `${phase}.mdx`);
    const good = readFileSync(file, 'utf8');
    const marker = join(dir, 'code-ran.txt');
    const first = good.split('\n').length + 1;
    const tab = await listenForReloads();
    try {
      await tab.saveAndReload(
        file,
        `${good}\nThe build machine says {process.env.PATH}.\n\nimport { writeFileSync } from 'node:fs'\nexport const ran = writeFileSync(${JSON.stringify(marker)}, 'ran')\n`,
      );
      const html = await pageWhen(
        `/${phase}/`,
        shows(`content/phases/${phase}.mdx, line ${first}: {process.env.PATH} is code between braces`),
      );
      expect(html).toContain(`content/phases/${phase}.mdx, line ${first + 3}: the line `);
      expect(existsSync(marker), 'the export wrote its file: code in a page ran').toBe(false);
    } finally {
      await tab.saveAndReload(file, good);
      tab.close();
    }
    await pageWhen(`/${phase}/`, bannerGone);
  });

  // Issue 14: a rule across the overview and the phases, and a folder's last file deleted.
  // Either file of the label clash may be the one saved: the banner names both.
  it.each([
    { saved: 'a phase', takesFrom: 'the overview', overviewSaved: false },
    { saved: 'the overview', takesFrom: 'a phase', overviewSaved: true },
  ])('shows $saved saved with the label of $takesFrom, and clears it when fixed', async ({ overviewSaved }) => {
    const overviewFile = 'content/overview/index.mdx';
    const phaseFile = `content/phases/${phase}.mdx`;
    const [saved, other] = overviewSaved ? [overviewFile, phaseFile] : [phaseFile, overviewFile];
    const file = join(dir, saved);
    const good = readFileSync(file, 'utf8');
    const label = /^label: (.*)$/m.exec(readFileSync(join(dir, other), 'utf8'))?.[1];
    expect(label, `${other} has no label: line`).toBeDefined();
    const tab = await listenForReloads();
    try {
      await tab.saveAndReload(file, good.replace(/^label: .*$/m, `label: ${label}`));
      await pageWhen(`/${phase}/`, shows(`${overviewFile} and ${phaseFile} both have label: ${label}.`));
    } finally {
      await tab.saveAndReload(file, good);
      tab.close();
    }
    await pageWhen(`/${phase}/`, bannerGone);
  });

  it("keeps the last overview when its file is deleted, showing the folder's problem, until it is back", async () => {
    const file = join(dir, 'content', 'overview', 'index.mdx');
    const away = join(dir, 'index.mdx.away');
    const tab = await listenForReloads();
    await tab.changeAndReload(() => renameSync(file, away));
    try {
      // The page still renders: it kept the overview's last entry.
      const stale = await pageWhen(`/${phase}/`, shows('The folder content/overview/ is empty.'));
      expect(stale).toContain('<main');
    } finally {
      await tab.changeAndReload(() => renameSync(away, file));
      tab.close();
    }
    await pageWhen(`/${phase}/`, bannerGone);
  });
});
