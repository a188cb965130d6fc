import { describe, expect, it } from 'vitest';
import { sitemapLocations } from '../support/sitemap.ts';

describe('sitemapLocations', () => {
  it('returns every <loc> in order, with entities decoded', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
      '<url><loc>https://example.org/</loc></url><url><loc> https://example.org/a/?x=1&amp;y=2 </loc></url></urlset>';
    expect(sitemapLocations(xml)).toEqual(['https://example.org/', 'https://example.org/a/?x=1&y=2']);
  });

  it('returns nothing for a sitemap without pages', () => {
    expect(sitemapLocations('<urlset></urlset>')).toEqual([]);
  });
});
