/*
 * WebKit, the engine of every iPhone: Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver
 * through selenium-webdriver, in a display of its own (Xvfb). --dark-mode makes pages prefer the dark
 * scheme, so each scheme is a session, each with a driver and display of its own: a second session
 * on one WebKitWebDriver once hung in CI (WebKit has had bugs there, such as webkit.org/b/282790).
 * Its window does not shrink below about 450 px: phone widths get the narrowest it gets.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, Key } from 'selenium-webdriver';
import { find } from '../support/browsers.ts';
import type { Engine } from './checks.ts';

/** WebKitWebDriver's port: fixed, away from the site's 4321 and 4322. */
const DRIVER_PORT = Number(process.env['WEBKIT_DRIVER_PORT'] ?? 4412);

/** The session's display and driver, each leading a process group of its own; the driver's browsers are in its. */
let running: ChildProcess[] = [];

/** Kills each process group, and waits until its leader has exited, so that the port and display are free. */
async function stopAll(): Promise<void> {
  const leaders = running.filter((child) => child.exitCode === null && child.signalCode === null);
  running = [];
  // Not reaped yet (no exit code), so each group is there to kill.
  leaders.forEach((child) => process.kill(-child.pid!, 'SIGKILL'));
  await Promise.all(leaders.map((child) => once(child, 'exit')));
}

/** Starts a display and a driver on it, and returns the driver's address once it answers. */
async function startDriver(): Promise<string> {
  await stopAll();
  // Xvfb takes the first free display and writes its number. A screen much taller than the window
  // leaves the page without focus, and Tab shows no ring.
  const xvfb = spawn(find.xvfb()!, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    detached: true,
  });
  running.push(xvfb);
  const failed = once(xvfb, 'exit').then(([code]) => Promise.reject(new Error(`Xvfb exited with code ${code}.`)));
  const [display] = (await Promise.race([once(xvfb.stdio[3]!, 'data'), failed])) as [Buffer];
  const env = { ...process.env, DISPLAY: `:${String(display).trim()}` };
  const driver = spawn(find.webKitWebDriver()!, [`--port=${DRIVER_PORT}`], { env, stdio: 'ignore', detached: true });
  running.push(driver);
  const url = `http://127.0.0.1:${DRIVER_PORT}`;
  // Asked until it answers; the runner's time limit stops one that never does.
  while (!(await fetch(`${url}/status`).catch(() => null))) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${driver.exitCode}.`);
    await sleep(100);
  }
  return url;
}

export const webkit: Engine = {
  name: 'webkit',
  async open(scheme) {
    const wd = await new Builder()
      .usingServer(await startDriver())
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': {
          binary: find.miniBrowser(),
          args: ['--automation', ...(scheme === 'dark' ? ['--dark-mode'] : [])],
        },
      })
      .build();
    let narrowest = 0;
    return {
      goto: (url) => wd.get(url),
      // The window manager resizes after setRect returns: wait until the page has the width asked
      // for, or the narrowest the window gets, learnt the first time it stops short.
      resize: async (width, height) => {
        await wd.manage().window().setRect({ width, height });
        const got = () => wd.executeScript<number>('return window.innerWidth');
        const expected = Math.max(width, narrowest);
        if (await wd.wait(async () => (await got()) === expected, 3000, '', 50).catch(() => false)) return expected;
        const real = await got();
        if (real > width) narrowest = real;
        return real;
      },
      evaluate: (fn, ...args) => wd.executeScript(fn, ...args),
      pressTab: () => wd.actions().sendKeys(Key.TAB).perform(),
      // WebKitWebDriver photographs what the window shows: the top of the page, 800 px high.
      // Growing the window to the page's height works but takes seconds per photograph.
      screenshot: async (path) => {
        await wd.executeScript('window.scrollTo(0, 0)');
        writeFileSync(path, await wd.takeScreenshot(), 'base64');
      },
      close: () => wd.quit().finally(stopAll),
    };
  },
  shutdown: stopAll,
};
