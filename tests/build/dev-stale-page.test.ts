import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
/** The phase the tests break: the copy's first phase file by name, whatever the editors call it. */
let phase = '';
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

/**
 * Listens to the dev server's live-reload channel (Vite's HMR web socket, as a browser tab
 * does) and records the type of every message: "full-reload" is what makes an open tab reload.
 */
async function listenForReloads(): Promise<{ types: string[]; close: () => void }> {
  // Vite only accepts a socket that shows the token written into its client script.
  const client = await (await fetch(`${ORIGIN}/@vite/client`)).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1] ?? '';
  const socket = new WebSocket(`ws://127.0.0.1:${PORT}/?token=${token}`, 'vite-hmr');
  const types: string[] = [];
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { type?: string; path?: string };
    // Vite's own reload for a changed module has no path; the content store's reload names "*".
    types.push(message.path === '*' ? (message.type ?? '') : `${message.type ?? ''} (module)`);
  });
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve);
    socket.addEventListener('error', () => reject(new Error(`No live-reload socket at ${ORIGIN}.\n${log}`)));
  });
  return { types, close: () => socket.close() };
}

/** Waits until a "full-reload" message arrives after the first `seen` messages. */
async function reloadAfter(types: string[], seen: number, what: string): Promise<void> {
  const deadline = Date.now() + CHANGE_TIMEOUT_MS;
  while (!types.slice(seen).includes('full-reload')) {
    if (Date.now() > deadline)
      throw new Error(`No full-reload reached the browser after ${what} (messages: ${types.join(', ')}).\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
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
  await pollPage('/', 'the dev server served the home page', (html) => html.includes('<main'), START_TIMEOUT_MS);
}, START_TIMEOUT_MS + 10_000);

afterAll(async () => {
  await stopServer();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('astro dev shows a field mistake in the browser, and clears it when fixed', () => {
  it(
    'reloads an open tab and shows the banner with the message after a bad save, and removes it after a good one',
    async () => {
      // A data file: no page imports it, so only the content loader can make an open tab reload.
      const file = join(dir, 'content', 'site', 'settings.yaml');
      const good = readFileSync(file, 'utf8');
      expect(await page(`/${phase}/`)).not.toContain(BANNER);
      const tab = await listenForReloads();

      // The glob loader keeps the old entry, which alone would not reload an open tab.
      let seen = tab.types.length;
      writeFileSync(file, good.replace(/^(\s+email:) .*$/m, '$1 publicprograms at ala.org'));
      await reloadAfter(tab.types, seen, 'the bad save');
      const stale = await pollPage(
        `/${phase}/`,
        'the page showed the banner',
        (html) => html.includes(BANNER),
        CHANGE_TIMEOUT_MS,
      );
      // The last good version of the page is still shown, under the banner that says why.
      expect(stale).toContain('<main');
      expect(stale).toContain('content/site/settings.yaml: feedback.email: expected an email address');

      seen = tab.types.length;
      writeFileSync(file, good);
      await reloadAfter(tab.types, seen, 'the good save');
      tab.close();
      await pollPage(
        `/${phase}/`,
        'the banner was gone',
        (html) => html.includes('<main') && !html.includes(BANNER),
        CHANGE_TIMEOUT_MS,
      );
    },
    4 * CHANGE_TIMEOUT_MS + 10_000,
  );
});

// Issue 14: code saved in the text of a page is refused by the content loader and by the
// compile of the page alike: the banner names it, and none of it runs.
describe('astro dev refuses code saved in the text of a page, and runs none of it', () => {
  it(
    'shows the banner with the file and line of {…} and of an export, does not render the page, and runs none of the code',
    async () => {
      const file = join(dir, 'content', 'phases', `${phase}.mdx`);
      const good = readFileSync(file, 'utf8');
      const marker = join(dir, 'code-ran.txt');
      const first = good.split('\n').length + 1;
      const tab = await listenForReloads();
      let seen = tab.types.length;
      writeFileSync(
        file,
        `${good}\nThe build machine says {process.env.PATH}.\n\nimport { writeFileSync } from 'node:fs'\nexport const ran = writeFileSync(${JSON.stringify(marker)}, 'ran')\n`,
      );
      await reloadAfter(tab.types, seen, 'the save with code');
      const home = await pollPage(
        '/',
        'the home page showed the banner',
        (html) => html.includes(BANNER),
        CHANGE_TIMEOUT_MS,
      );
      expect(home).toContain(
        `content/phases/${phase}.mdx, line ${first}: {process.env.PATH} is code between braces, which this site does not allow`,
      );
      expect(home).toContain(`content/phases/${phase}.mdx, line ${first + 3}: the line `);
      const phasePage = await page(`/${phase}/`);
      // The page itself is not compiled: Astro shows its error page (the message comes over the
      // live-reload socket). A page not rendered prints nothing the code would give, and the
      // marker file shows that the export did not run.
      expect(phasePage).not.toContain('<main');
      expect(existsSync(marker), 'the export wrote its file: code in a page ran').toBe(false);

      seen = tab.types.length;
      writeFileSync(file, good);
      await reloadAfter(tab.types, seen, 'the save without code');
      tab.close();
      await pollPage(
        '/',
        'the banner was gone',
        (html) => html.includes('<main') && !html.includes(BANNER),
        CHANGE_TIMEOUT_MS,
      );
    },
    4 * CHANGE_TIMEOUT_MS + 10_000,
  );
});

// Issue 14: a rule across the overview and the phases, and a folder's last file deleted.
describe('astro dev shows the mistakes of rules across folders in the banner', () => {
  // Either file of the clash may be the one saved: the banner names both, and goes when it is fixed.
  const overviewFile = 'content/overview/index.mdx';
  it.each([
    {
      saved: 'a phase',
      takesFrom: 'the overview',
      from: (): string[] => [`content/phases/${phase}.mdx`, overviewFile],
    },
    {
      saved: 'the overview',
      takesFrom: 'a phase',
      from: (): string[] => [overviewFile, `content/phases/${phase}.mdx`],
    },
  ])(
    'shows $saved saved with the label of $takesFrom, and clears it when fixed',
    async ({ from }) => {
      const [saved = '', other = ''] = from();
      const file = join(dir, saved);
      const good = readFileSync(file, 'utf8');
      const label = /^label: (.*)$/m.exec(readFileSync(join(dir, other), 'utf8'))?.[1];
      expect(label, `${other} has no label: line`).toBeDefined();
      try {
        writeFileSync(file, good.replace(/^label: .*$/m, `label: ${label}`));
        const stale = await pollPage(
          `/${phase}/`,
          'the page showed the banner',
          (html) => html.includes(BANNER),
          CHANGE_TIMEOUT_MS,
        );
        expect(stale).toContain(`${overviewFile} and content/phases/${phase}.mdx both have label: ${label}.`);
      } finally {
        writeFileSync(file, good);
      }
      await pollPage(
        `/${phase}/`,
        'the banner was gone',
        (html) => html.includes('<main') && !html.includes(BANNER),
        CHANGE_TIMEOUT_MS,
      );
    },
    2 * CHANGE_TIMEOUT_MS + 10_000,
  );

  it(
    "keeps the last overview when its file is deleted, showing the folder's problem, until it is back",
    async () => {
      const file = join(dir, 'content', 'overview', 'index.mdx');
      const away = join(dir, 'index.mdx.away');
      renameSync(file, away);
      try {
        const stale = await pollPage(
          `/${phase}/`,
          'the page showed the banner',
          (html) => html.includes(BANNER),
          CHANGE_TIMEOUT_MS,
        );
        // The navigation still names the overview: the pages kept its last entry.
        expect(stale).toContain('<main');
        expect(stale).toContain('The folder content/overview/ is empty.');
      } finally {
        renameSync(away, file);
      }
      await pollPage(
        `/${phase}/`,
        'the banner was gone',
        (html) => html.includes('<main') && !html.includes(BANNER),
        CHANGE_TIMEOUT_MS,
      );
    },
    2 * CHANGE_TIMEOUT_MS + 10_000,
  );
});
