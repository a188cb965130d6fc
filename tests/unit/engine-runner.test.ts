import { describe, expect, it } from 'vitest';
import { pageName, runEngines, summary, type EngineReport } from '../engines/runner';
import type { Engine } from '../engines/checks';

describe('the engine runner', () => {
  it('names screenshot files after page paths', () => {
    expect(pageName('/')).toBe('index');
    expect(pageName('/phase-1/')).toBe('phase-1');
    expect(pageName('/tools/ltc/phase-1/')).toBe('tools_ltc_phase-1');
  });

  it('sums up an engine in one line, with the widths a page really got', () => {
    const report: EngineReport = {
      engine: 'webkit',
      pages: 4,
      schemes: 2,
      widths: [
        { asked: 1280, used: [1280] },
        { asked: 320, used: [447] },
      ],
      checks: 16,
      focused: 100,
      failures: ['one'],
      reloads: [],
      restarts: [],
      seconds: 12.34,
    };
    expect(summary(report)).toBe(
      'webkit: 4 pages × 2 schemes × 2 widths [1280, 320 (got 447) px] = 16 checks, 100 focus stops, 1 failures, 12.3 s',
    );
    expect(summary({ ...report, reloads: ['webkit dark 320px /phase-1/'] })).toContain(
      '12.3 s; pages loaded again after the browser lost them: webkit dark 320px /phase-1/',
    );
    expect(summary({ ...report, restarts: ['webkit dark: starting the browser (hung)'] })).toContain(
      '12.3 s; browsers started again: webkit dark: starting the browser (hung)',
    );
  });

  /** An engine whose browser start fails the first `failing` times; it counts its starts and stops. */
  function flakyEngine(failing: number) {
    const calls = { opens: 0, shutdowns: 0, closes: 0 };
    const engine: Engine = {
      name: 'flaky',
      missing: () => undefined,
      open: () => {
        calls.opens++;
        if (calls.opens <= failing) return Promise.reject(new Error(`start ${calls.opens} failed`));
        const session = { close: () => Promise.resolve(void calls.closes++) };
        return Promise.resolve(session as unknown as Awaited<ReturnType<Engine['open']>>);
      },
      shutdown: () => Promise.resolve(void calls.shutdowns++),
    };
    return { engine, calls };
  }

  it('starts a browser once more after a failed start, stopping what is left first, and says so', async () => {
    const { engine, calls } = flakyEngine(1);
    const [report] = await runEngines({ sites: [{ origin: 'http://localhost:1', paths: [] }], engines: [engine] });
    expect(report!.failures).toEqual([]);
    expect(report!.restarts).toEqual(['flaky light: starting the browser (start 1 failed)']);
    // light (failed, then again), dark; a shutdown before the second start and one at the end.
    expect(calls).toEqual({ opens: 3, shutdowns: 2, closes: 2 });
  });

  it('stops the engine and fails when the browser fails to start twice', async () => {
    const { engine, calls } = flakyEngine(2);
    const [report] = await runEngines({ sites: [{ origin: 'http://localhost:1', paths: [] }], engines: [engine] });
    expect(report!.failures).toEqual(['flaky stopped: start 2 failed']);
    expect(calls.opens).toBe(2);
  });

  it('fails an engine whose browser is missing, with what to install, and starts nothing', async () => {
    const missing: Engine = {
      name: 'nothing',
      missing: () => 'Install Debian\'s: "sudo apt-get install -y nothing".',
      open: () => Promise.reject(new Error('must not start')),
      shutdown: () => Promise.resolve(),
    };
    const [report] = await runEngines({ sites: [{ origin: 'http://localhost:1', paths: ['/'] }], engines: [missing] });
    expect(report!.failures).toEqual(['Install Debian\'s: "sudo apt-get install -y nothing".']);
    expect(report!.checks).toBe(0);
  });
});
