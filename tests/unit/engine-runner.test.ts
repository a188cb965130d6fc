import { describe, expect, it } from 'vitest';
import type { Engine } from '../engines/checks';
import { checkEngine, summary, type EngineReport } from '../engines/runner';

describe('the engine runner', () => {
  it('sums up an engine in one line, with the widths a page really got and what was tried again', () => {
    const report: EngineReport = {
      engine: 'webkit',
      pages: 4,
      widths: new Map([
        ['light 1280', new Set([1280])],
        ['light 320', new Set([447])],
      ]),
      checks: 8,
      focused: 100,
      failures: ['one'],
      retries: [],
      seconds: 12.34,
    };
    expect(summary(report)).toBe(
      'webkit: 4 pages at light 1280, light 320 (got 447) px = 8 checks, 100 focus stops, 1 failures, 12.3 s',
    );
    expect(summary({ ...report, retries: ['webkit dark 320 /phase-1/'] })).toMatch(
      /12\.3 s; tried again: webkit dark 320 \/phase-1\/$/,
    );
  });

  /** An engine whose browser start fails the first `failing` times; it counts its starts and stops. */
  function flakyEngine(failing: number) {
    const calls = { opens: 0, shutdowns: 0, closes: 0 };
    const engine: Engine = {
      name: 'flaky',
      open: () => {
        calls.opens++;
        if (calls.opens <= failing) return Promise.reject(new Error(`start ${calls.opens} failed`));
        const session = {
          resize: (width: number) => Promise.resolve(width),
          close: () => Promise.resolve(void calls.closes++),
        };
        return Promise.resolve(session as unknown as Awaited<ReturnType<Engine['open']>>);
      },
      shutdown: () => Promise.resolve(void calls.shutdowns++),
    };
    return { engine, calls };
  }

  it('starts a browser once more after a failed start, stopping what is left first, and says so', async () => {
    const { engine, calls } = flakyEngine(1);
    const report = await checkEngine(engine, []);
    expect(report.failures).toEqual([]);
    expect(report.retries).toEqual(['flaky light: starting the browser (start 1 failed)']);
    // light (failed, then again), dark; a shutdown before the second start and one at the end.
    expect(calls).toEqual({ opens: 3, shutdowns: 2, closes: 2 });
  });

  it('stops the engine and fails when the browser fails to start twice', async () => {
    const { engine, calls } = flakyEngine(2);
    const report = await checkEngine(engine, []);
    expect(report.failures).toEqual(['flaky stopped: start 2 failed']);
    expect(calls.opens).toBe(2);
  });
});
