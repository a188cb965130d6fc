import { describe, expect, it } from 'vitest';
import { neighbours, sortByOrder, sortPhases } from '../../src/lib/phases';

const phase = (id: string, order: number) => ({ id, filePath: `content/phases/${id}.mdx`, data: { order } });

describe('sortPhases', () => {
  it('orders phases by their order field, not by file name', () => {
    const sorted = sortPhases([phase('b', 2), phase('c', 10), phase('a', 1)]);
    expect(sorted.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses two phases with the same order, naming both files', () => {
    expect(() => sortPhases([phase('phase-1', 1), phase('phase-2', 1)])).toThrow(
      'content/phases/phase-1.mdx and content/phases/phase-2.mdx both have order: 1.',
    );
  });
});

describe('sortByOrder', () => {
  it('names the kind of entry in its message', () => {
    const card = (id: string) => ({ id, filePath: `content/resources/${id}.yaml`, data: { order: 1 } });
    expect(() => sortByOrder([card('e-course'), card('guide')], 'resource card')).toThrow(
      'content/resources/e-course.yaml and content/resources/guide.yaml both have order: 1. Each resource card needs its own order number',
    );
  });
});

describe('neighbours', () => {
  const sorted = [phase('phase-1', 1), phase('phase-2', 2), phase('phase-3', 3)];

  it('gives the first phase only a next one', () => {
    const { previous, next } = neighbours(sorted, 'phase-1');
    expect(previous).toBeUndefined();
    expect(next?.id).toBe('phase-2');
  });

  it('gives a middle phase both', () => {
    const { previous, next } = neighbours(sorted, 'phase-2');
    expect([previous?.id, next?.id]).toEqual(['phase-1', 'phase-3']);
  });

  it('gives the last phase only a previous one', () => {
    const { previous, next } = neighbours(sorted, 'phase-3');
    expect(previous?.id).toBe('phase-2');
    expect(next).toBeUndefined();
  });

  it('refuses an unknown phase', () => {
    expect(() => neighbours(sorted, 'phase-9')).toThrow('there is no phase "phase-9"');
  });
});
