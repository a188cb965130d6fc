import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OG_IMAGE, ogImageAlt } from '../../src/lib/og-image';
import { ROOT } from '../support/temp-site.ts';

const png = readFileSync(join(ROOT, 'public', OG_IMAGE.path));

/** The PNG signature, then the IHDR chunk: its width and height are the first two 4-byte fields. */
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('public/og-image.png', () => {
  it('is a PNG whose first chunk is IHDR', () => {
    expect(png.subarray(0, 8).equals(SIGNATURE)).toBe(true);
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  });

  it('is as wide and high as og:image:width and og:image:height say (1200x630)', () => {
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: OG_IMAGE.width,
      height: OG_IMAGE.height,
    });
  });
});

describe('ogImageAlt', () => {
  it('says the words of the picture', () => {
    expect(ogImageAlt('Libraries Transforming Communities', 'American Library Association')).toBe(
      'Libraries Transforming Communities. An initiative of the American Library Association.',
    );
  });
});
