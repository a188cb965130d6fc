import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

/*
 * The pictures of the fixture site (tests/fixtures/second-site/README.md), drawn here with sharp so
 * that nothing is fetched and no large file is committed: a 12-megapixel landscape photo with a
 * camera's EXIF data and GPS position (which the build must strip), a portrait photo, and a PNG with
 * transparency. copyContentSet (temp-site.ts) runs it on a copy of the fixture:
 * node tests/support/fixture-pictures.ts DIR
 */

/** The camera data a phone writes: IFD3 is the GPS directory (51°30'N, 0°7'W). */
const CAMERA_EXIF = {
  IFD0: { Make: 'FixturePhone', Model: 'Fixture 12' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 7/1 0/1' },
};

/** A photo-like picture: a sky-to-ground gradient with texture at several scales, as encoders see a photo. */
function photo(width: number, height: number) {
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  // Texture of 12-pixel patches (leaves, bricks, faces) that survives downscaling, and fine grain.
  const cols = Math.ceil(width / 12);
  const patches = Float32Array.from({ length: cols * Math.ceil(height / 12) }, () => random() * 60 - 30);
  for (let y = 0; y < height; y++) {
    const t = y / height;
    const sky = t < 0.55;
    for (let x = 0; x < width; x++) {
      const texture = (sky ? 0.3 : 1) * patches[Math.floor(y / 12) * cols + Math.floor(x / 12)]! + random() * 10;
      const i = (y * width + x) * 3;
      pixels[i] = (sky ? 90 + 80 * t : 120 - 40 * t) + texture + 20 * Math.sin(x / 97);
      pixels[i + 1] = (sky ? 140 + 60 * t : 100 - 30 * t) + texture;
      pixels[i + 2] = (sky ? 220 - 40 * t : 60 + 20 * Math.cos(x / 53)) + texture;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } });
}

/** A badge on a transparent background: a filled circle. */
function badge(size: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.4}" fill="#1d4ed8"/></svg>`;
  return sharp(Buffer.from(svg)).png();
}

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: node tests/support/fixture-pictures.ts DIR');
const folder = join(dir, 'content', 'phases', 'images');
mkdirSync(folder, { recursive: true });
await Promise.all([
  photo(4032, 3024).jpeg({ quality: 85 }).withExif(CAMERA_EXIF).toFile(join(folder, 'workshop.jpg')),
  photo(1200, 1800).jpeg({ quality: 85 }).withExif(CAMERA_EXIF).toFile(join(folder, 'librarian.jpg')),
  badge(600).toFile(join(folder, 'badge.png')),
]);
