import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cleanEnv, ROOT } from './temp-site.ts';

/** A running `astro preview` of a built site (or `astro dev` of its sources) and how to stop it. */
export interface Preview {
  /** The local origin, such as http://localhost:4331. */
  origin: string;
  /** The site's home page, with its base path: http://localhost:4331/tools/ltc/. */
  url: string;
  /** Stops the server and waits for it to exit. */
  stop: () => Promise<void>;
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number, command: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`astro ${command} exited with code ${child.exitCode} before it served ${url}.`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`astro ${command} did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

/** Astro 7 detaches preview and dev into the background when it thinks an agent runs them; no telemetry from tests. */
const FOREGROUND = { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_DEV_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' };

/** Stops, naming the port, when it is taken: Astro would move to the next port, and the taker would answer. */
export const refuseTakenPort = (port: number, host: string) =>
  new Promise<void>((resolve, reject) => {
    const probe = createServer().once('error', (error) =>
      reject(new Error(`Port ${port} is already in use: stop what listens there, then run again.`, { cause: error })),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });

/**
 * Serves a built site (dir/dist, the project's own by default) with `astro preview` under its base
 * path, on the port given, and waits until it answers. It builds nothing. With `dev`, serves dir's
 * sources with `astro dev` instead, as an editor's `npm run dev` does. Each caller has a port of
 * its own (the ports in use are listed in docs/testing.md), so no run depends on which port is free.
 */
export async function startPreview(
  dir: string,
  {
    port,
    base = '/',
    env = {},
    dev = false,
  }: { port: number; base?: string; env?: Record<string, string>; dev?: boolean },
): Promise<Preview> {
  const origin = `http://localhost:${port}`;
  const command = dev ? 'dev' : 'preview';
  await refuseTakenPort(port, 'localhost');
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // --ignore-lock: a server that is already running in the project (the e2e tests') stays untouched.
  const child = spawn(
    process.execPath,
    [astro, command, '--port', String(port), '--host', 'localhost', '--ignore-lock'],
    {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...cleanEnv(), ...FOREGROUND, BASE_PATH: base, ...env },
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const url = `${origin}${base}`;
  try {
    // astro dev renders its first page when asked for it: on a busy machine, in up to a minute.
    await waitForServer(url, child, 90_000, command);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, url, stop };
}
