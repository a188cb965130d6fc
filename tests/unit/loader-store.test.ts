import { describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { keepingStore } from '../../src/content-checks/loader';

/** A store holding some ids, as much of Astro's DataStore as the wrapper touches. */
function storeOf(ids: string[]) {
  const entries = new Map(ids.map((id) => [id, { id, data: {} }]));
  const store = {
    get: (id: string) => entries.get(id),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
  };
  return store as unknown as LoaderContext['store'];
}

describe('keepingStore', () => {
  it('does not let the glob loader delete an entry keepLastEntry keeps, whenever it asks, and deletes the others', () => {
    const inner = storeOf(['index', 'other']);
    const kept = new Map([['index', '/project/content/overview/index.mdx']]);
    const store = keepingStore(inner, kept);
    store.delete('index');
    store.delete('other');
    expect(inner.keys()).toEqual(['index']);
    expect(store.get('index')).toEqual({ id: 'index', data: {} });
    // Once the folder is right again keepLastEntry forgets the entry, and a deletion goes through.
    kept.clear();
    store.delete('index');
    expect(inner.keys()).toEqual([]);
  });
});
