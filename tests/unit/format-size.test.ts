import { expect, it } from 'vitest';
import { downloadLabel, formatBytes, formatName } from '../../src/lib/format-size';

it.each([
  [0, '0 bytes'],
  [999, '999 bytes'],
  [1000, '1 kB'],
  [1534, '1.5 kB'],
  [123_456, '123 kB'],
  [999_960, '1 MB'],
  [1_234_567, '1.2 MB'],
  [30_000_000, '30 MB'],
  [2_500_000_000, '2.5 GB'],
])('formatBytes: %i bytes reads "%s"', (bytes, expected) => {
  expect(formatBytes(bytes)).toBe(expected);
});

it('formatBytes refuses a negative or non-numeric size', () => {
  expect(() => formatBytes(-1)).toThrow(RangeError);
  expect(() => formatBytes(Number.NaN)).toThrow(RangeError);
});

it('formatName names common formats and upper-cases others, and downloadLabel joins format and size as on a download link', () => {
  expect(formatName('guide.PDF')).toBe('PDF');
  expect(formatName('slides.pptx')).toBe('PowerPoint');
  expect(formatName('data.csv')).toBe('CSV');
  expect(formatName('README')).toBe('File');
  expect(downloadLabel('leading-conversations.pdf', 1_234_567)).toBe('PDF, 1.2 MB');
});
