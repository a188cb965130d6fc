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
      seconds: 12.34,
    };
    expect(summary(report)).toBe(
      'webkit: 4 pages × 2 schemes × 2 widths [1280, 320 (got 447) px] = 16 checks, 100 focus stops, 1 failures, 12.3 s',
    );
    expect(summary({ ...report, reloads: ['webkit dark 320px /phase-1/'] })).toContain(
      '12.3 s; pages loaded again after the browser lost them: webkit dark 320px /phase-1/',
    );
  });

  it('fails an engine whose browser is missing, with what to install, and starts nothing', async () => {
    const missing: Engine = {
      name: 'nothing',
      missing: () => 'Install Debian\'s: "sudo apt-get install -y nothing".',
      open: () => Promise.reject(new Error('must not start')),
      shutdown: () => Promise.resolve(),
    };
    const [report] = await runEngines({ origin: 'http://localhost:1', paths: ['/'], engines: [missing] });
    expect(report!.failures).toEqual(['Install Debian\'s: "sudo apt-get install -y nothing".']);
    expect(report!.checks).toBe(0);
  });
});
