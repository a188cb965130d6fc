import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refuseTakenPort } from '../support/ports';
import { contentFiles } from '../support/site-content';
import { ASTRO, astroEnv, makeTempSite } from '../support/temp-site';

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

/** Fetches a page until `check` passes on its HTML (no answer yet counts as ""). */
async function pageWhen(path: string, check: (html: string) => void, timeout = CHANGE_TIMEOUT_MS): Promise<void> {
  const html = () =>
    fetch(`${ORIGIN}${path}`)
      .then((response) => response.text())
      .catch(() => '');
  try {
    await vi.waitFor(async () => check(await html()), { timeout, interval: 300 });
  } catch (error) {
    throw new Error(`${(error as Error).message}\nat ${ORIGIN}${path}; server log:\n${log}`, { cause: error });
  }
}

/**
 * The banner with these messages, over the last good version of the page. A save reloads the store
 * before the page shows the new banner, and the banner of the last test may still be drawn for a
 * moment: wait for the messages, not any banner.
 */
const shows = (messages: string[]) => (html: string) => {
  expect(html).toContain(BANNER);
  for (const message of messages) expect(html).toContain(message);
  expect(html).toContain('<main');
};
const bannerGone = (html: string) => {
  expect(html).toContain('<main');
  // The banner's text, so a failure says which problem stayed.
  expect(new RegExp(`${BANNER}[\\s\\S]*?</div>`).exec(html)?.[0]).toBeUndefined();
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
  return { changeAndReload, close: () => socket.close() };
}

/**
 * Makes a change to content/ while a tab listens; once the tab has reloaded, waits until the phase's
 * page shows the banner with these messages, then undoes the change, whatever was found: the tab
 * reloads again and the page shows no banner.
 */
async function whileChanged(change: () => void, undo: () => void, ...messages: string[]) {
  const tab = await listenForReloads();
  try {
    await tab.changeAndReload(change);
    await pageWhen(`/${phase}/`, shows(messages));
  } finally {
    await tab.changeAndReload(undo);
    tab.close();
  }
  await pageWhen(`/${phase}/`, bannerGone);
}

/** A file of the copy, by its path from the copy's root. */
const text = (path: string) => readFileSync(join(dir, path), 'utf8');

/** The same for a file of the copy saved with the text `bad`, then as it was. */
function whileSaved(path: string, bad: string, ...messages: string[]) {
  const good = text(path);
  const save = (to: string) => () => writeFileSync(join(dir, path), to);
  return whileChanged(save(bad), save(good), ...messages);
}

beforeAll(async () => {
  await refuseTakenPort(PORT, '127.0.0.1');
  dir = makeTempSite('dev');
  phase = basename(contentFiles(dir, 'phases')[0]!, '.mdx');
  server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Astro 7 detaches dev into the background when it thinks an agent runs it: keep it here.
    // Vitest sets NODE_ENV=test, which turns off the dev server's live reload: run it as an editor does.
    env: astroEnv({ NODE_ENV: 'development', ASTRO_DEV_BACKGROUND: '0' }),
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
    await pageWhen(`/${phase}/`, bannerGone);
    // A data file: no page imports it, so only the content loader can make an open tab reload (the
    // loader keeps the last good entry, which alone would not). The sentence's address, the only "@"
    // of the file, written as words.
    const file = 'content/site/settings.yaml';
    const message = `${file}: feedback.sentence: expected a sentence with exactly one e-mail address`;
    await whileSaved(file, text(file).replace('@', ' at '), message);
  });

  // Issue 14: code saved in the text of a page is refused by the loader's compile of the page, as in a
  // build: the banner names the file and line of each line of code, and none of it runs.
  it('refuses code saved in the text of a page: the banner names the file and line of {…} and of an export, none of it runs', async () => {
    const file = `content/phases/${phase}.mdx`;
    const marker = join(dir, 'code-ran.txt');
    const first = text(file).split('\n').length + 1;
    const code = `\nThe build machine says {process.env.PATH}.\n\nimport { writeFileSync } from 'node:fs'\nexport const ran = writeFileSync(${JSON.stringify(marker)}, 'ran')\n`;
    const braces = `${file}, line ${first}: {process.env.PATH} is code between braces`;
    await whileSaved(file, text(file) + code, braces, `${file}, line ${first + 3}: the line `);
    expect(existsSync(marker), 'the export wrote its file: code in a page ran').toBe(false);
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
    const label = /^label: (.*)$/m.exec(text(other))?.[1];
    expect(label, `${other} has no label: line`).toBeDefined();
    const clash = text(saved).replace(/^label: .*$/m, `label: ${label}`);
    await whileSaved(saved, clash, `${overviewFile} and ${phaseFile} both have label: ${label}.`);
  });

  it("keeps the last overview when its file is deleted, showing the folder's problem, until it is back", async () => {
    const [file, away] = [join(dir, 'content', 'overview', 'index.mdx'), join(dir, 'index.mdx.away')];
    // The page still renders: it kept the overview's last entry.
    await whileChanged(
      () => renameSync(file, away),
      () => renameSync(away, file),
      'The folder content/overview/ is empty.',
    );
  });
});
