/*
 * WebKit, the engine of every iPhone: Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver
 * (package webkit2gtk-driver) through selenium-webdriver, in a display of its own (Xvfb, package
 * xvfb). MiniBrowser's --dark-mode makes pages prefer the dark scheme, so each scheme is a session
 * of its own, and each session gets a driver and display of its own: a second session on the same
 * WebKitWebDriver once hung in CI on the session request (WebKit has had bugs there, such as
 * webkit.org/b/282790), and stopping everything between sessions leaves nothing to share.
 * Its window does not shrink below about 450 px: phone widths are checked at the narrowest width
 * the window gets, and the runner reports it. Screenshots show the first 800 px.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Builder, Key, type WebDriver } from 'selenium-webdriver';
import type { Engine, EngineSession } from './checks.ts';

export const DRIVER = '/usr/bin/WebKitWebDriver';
export const XVFB = '/usr/bin/Xvfb';
export const MINIBROWSER = process.env['MINIBROWSER_PATH'] ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** WebKitWebDriver's port: fixed, away from the site's 4321 and 4322. */
const DRIVER_PORT = Number(process.env['WEBKIT_DRIVER_PORT'] ?? 4412);

let xvfb: ChildProcess | undefined;
let driver: ChildProcess | undefined;

/** Ends a process and waits until it has exited, so its port and display are free again. */
function end(child: ChildProcess | undefined, kill: () => void): Promise<void> {
  if (!child || child.exitCode != null || child.signalCode != null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    kill();
  } catch {
    // Gone between the check and the kill.
  }
  return exited;
}

/** Stops the driver with the browsers it started (its process group), and the display. */
async function stopAll(): Promise<void> {
  const [oldDriver, oldXvfb] = [driver, xvfb];
  driver = xvfb = undefined;
  await Promise.all([
    end(oldDriver, () => process.kill(-oldDriver!.pid!, 'SIGKILL')),
    end(oldXvfb, () => oldXvfb!.kill('SIGKILL')),
  ]);
}

/** Starts Xvfb on the first free display (it writes the number it took) and returns ":N". */
async function startDisplay(): Promise<string> {
  // A screen much taller than the window leaves the page without focus, and Tab shows no ring.
  xvfb = spawn(XVFB, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const fd = xvfb.stdio[3]!;
  return new Promise((resolve, reject) => {
    xvfb!.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}.`)));
    fd.once('data', (data: Buffer) => resolve(`:${String(data).trim()}`));
  });
}

async function waitForDriver(url: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (driver?.exitCode != null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}.`);
    try {
      await fetch(`${url}/status`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/** Starts a display and a driver in a process group of its own, so stopAll can end its browsers too. */
async function startDriver(): Promise<string> {
  await stopAll();
  const url = `http://127.0.0.1:${DRIVER_PORT}`;
  const display = await startDisplay();
  driver = spawn(DRIVER, [`--port=${DRIVER_PORT}`], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
    detached: true,
  });
  await waitForDriver(url);
  return url;
}

function session(wd: WebDriver): EngineSession {
  let narrowest = 0;
  return {
    goto: (url) => wd.get(url),
    // The window manager resizes after setRect returns: wait until the page has the width asked
    // for, or the narrowest the window gets, learnt the first time it stops short.
    resize: async (width, height) => {
      await wd.manage().window().setRect({ width, height });
      const expected = Math.max(width, narrowest);
      const deadline = Date.now() + 3000;
      let got = 0;
      while (Date.now() < deadline) {
        got = await wd.executeScript<number>('return window.innerWidth');
        if (got === expected) return got;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (got > width) narrowest = got;
      return got;
    },
    evaluate: (fn, ...args) => wd.executeScript(fn, ...args),
    pressTab: () => wd.actions().sendKeys(Key.TAB).perform(),
    // WebKitWebDriver photographs what the window shows: the top of the page, 800 px high.
    // Growing the window to the page's height works but takes seconds per photograph.
    screenshot: async (path) => {
      await wd.executeScript('window.scrollTo(0, 0)');
      writeFileSync(path, await wd.takeScreenshot(), 'base64');
    },
    close: async () => {
      try {
        await wd.quit();
      } finally {
        await stopAll();
      }
    },
  };
}

export const webkit: Engine = {
  name: 'webkit',
  async open(scheme) {
    const url = await startDriver();
    const wd = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: MINIBROWSER,
          args: ['--automation', ...(scheme === 'dark' ? ['--dark-mode'] : [])],
        },
      })
      .build();
    return session(wd);
  },
  shutdown: stopAll,
};
