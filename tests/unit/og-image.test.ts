import { join } from 'node:path';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { OG_IMAGE, ogImageAlt } from '../../src/lib/og-image';
import { ROOT } from '../support/temp-site.ts';

it('public/og-image.png is a PNG as wide and high as og:image:type, og:image:width and og:image:height say (1200x630)', async () => {
  const { format, width, height } = await sharp(join(ROOT, 'public', OG_IMAGE.path)).metadata();
  expect({ path: OG_IMAGE.path, type: `image/${format}`, width, height }).toEqual(OG_IMAGE);
});

it('ogImageAlt says the words of the picture', () => {
  expect(ogImageAlt('Libraries Transforming Communities', 'American Library Association')).toBe(
    'Libraries Transforming Communities. An initiative of the American Library Association.',
  );
});
