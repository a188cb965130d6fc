import { describe, expect, it } from 'vitest';
import { uniqueByUrl } from '../../src/page-data/sources';

describe('uniqueByUrl', () => {
  it('keeps the first source of each address, in order', () => {
    const a = { title: 'A', url: 'https://a.org/' };
    const b = { title: 'B', url: 'https://b.org/' };
    expect(uniqueByUrl([a, b, { title: 'A again', url: 'https://a.org/' }])).toEqual([a, b]);
  });
});
