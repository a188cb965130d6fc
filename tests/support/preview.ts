import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cleanEnv, ROOT } from './temp-site.ts';

/** A running `astro preview` of a built site and how to stop it. */
export interface Preview {
  /** The local origin, such as http://localhost:4331. */
  origin: string;
  /** The site's home page, with its base path: http://localhost:4331/tools/ltc/. */
  url: string;
  /** Stops the server and waits for it to exit. */
  stop: () => Promise<void>;
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`astro preview exited with code ${child.exitCode} before it served ${url}.`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

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
 * path, on the port given, and waits until it answers. It builds nothing. Each caller has a port of
 * its own (the ports in use are listed in docs/testing.md), so no run depends on which port is free.
 */
export async function startPreview(
  dir: string,
  { port, base = '/', env = {} }: { port: number; base?: string; env?: Record<string, string> },
): Promise<Preview> {
  const origin = `http://localhost:${port}`;
  await refuseTakenPort(port, 'localhost');
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // --ignore-lock: a preview server that is already running (the e2e tests') stays untouched.
  const child = spawn(
    process.execPath,
    [astro, 'preview', '--port', String(port), '--host', 'localhost', '--ignore-lock'],
    {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      // Astro 7 detaches preview into the background when it thinks an agent runs it.
      env: { ...cleanEnv(), ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: base, ...env },
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
    await waitForServer(url, child, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, url, stop };
}
