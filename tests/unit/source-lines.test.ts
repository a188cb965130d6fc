import { describe, expect, it } from 'vitest';
import { missingLines, normalise, sourceLines } from '../audit/source-lines';

describe('the source audit (npm run check:source)', () => {
  it('reads the source line by line, without bullets or blank lines', () => {
    expect(sourceLines('First line.\n\n  • A bullet.\n')).toEqual(['First line.', 'A bullet.']);
  });

  it('accepts typographic quotes and dashes, bold and spacing, and corrects "the the"', () => {
    expect(normalise('“Libraries’ role” – **core**\n  leaders, the the end')).toBe(
      '"Libraries\' role" - core leaders, the end',
    );
  });

  it('lists the lines no text holds, in the order of the source', () => {
    const source = 'Kept line.\nReworded line.\n• Dropped bullet.';
    expect(missingLines(source, ['Some **Kept** line.', 'Kept line.', 'A reworded line.'])).toEqual([
      'Reworded line.',
      'Dropped bullet.',
    ]);
  });

  it('finds nothing missing when every line is there, across files', () => {
    expect(missingLines('One.\nTwo.', ['One.', 'and Two.'])).toEqual([]);
  });
});
