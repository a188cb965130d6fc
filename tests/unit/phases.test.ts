import { describe, expect, it } from 'vitest';
import { neighbours } from '../../src/lib/phases';

const phase = (id: string) => ({ id });

describe('neighbours', () => {
  const sorted = [phase('phase-1'), phase('phase-2'), phase('phase-3')];

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

  it('gives an id that is not in the list no neighbours, rather than throwing while a page renders', () => {
    expect(neighbours(sorted, 'phase-9')).toEqual({});
  });
});
