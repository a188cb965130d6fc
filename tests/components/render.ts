import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';

/** Renders an Astro component to a parsed document, so tests assert on elements, not substrings. */
export async function renderToDocument(
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown> = {},
) {
  const container = await AstroContainer.create();
  const html = await container.renderToString(component, { props });
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}
