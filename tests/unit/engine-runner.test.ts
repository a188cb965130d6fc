import { expect, it } from 'vitest';
import type { Engine, EngineSession } from '../engines/checks';
import { checkEngine } from '../engines/runner';

/** Fails its first `failing` starts, stops at 447 px as WebKitGTK does, counts starts and stops. */
function flakyEngine(failing: number) {
  const calls = { opens: 0, shutdowns: 0, closes: 0 };
  const session = {
    resize: (width: number) => Promise.resolve(Math.max(width, 447)),
    close: () => Promise.resolve(void calls.closes++),
  } as unknown as EngineSession;
  const engine: Engine = {
    name: 'flaky',
    open: () =>
      ++calls.opens <= failing ? Promise.reject(new Error(`start ${calls.opens} failed`)) : Promise.resolve(session),
    shutdown: () => Promise.resolve(void calls.shutdowns++),
  };
  return { engine, calls };
}

it('the engine runner starts a browser once more after a failed start, stopping what is left first, and says so with the widths got', async () => {
  const { engine, calls } = flakyEngine(1);
  const { failures, summary } = await checkEngine(engine, []);
  expect(failures).toEqual([]);
  expect(summary).toMatch(
    /^flaky: 0 pages at light 1280, light 320 \(got 447\), dark 320 \(got 447\) px = 0 checks, 0 focus stops, 0 failures, \d+\.\d s; tried again: flaky light: starting the browser \(start 1 failed\)$/,
  );
  // light (failed, then again), dark; a shutdown before the second start and one at the end.
  expect(calls).toEqual({ opens: 3, shutdowns: 2, closes: 2 });
});

it('the engine runner stops the engine and fails when the browser fails to start twice', async () => {
  const { engine, calls } = flakyEngine(2);
  const { failures } = await checkEngine(engine, []);
  expect(failures).toEqual(['flaky stopped: start 2 failed']);
  expect(calls).toEqual({ opens: 2, shutdowns: 2, closes: 0 });
});
