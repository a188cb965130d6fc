import type { AstroIntegration } from 'astro';

/**
 * Makes `astro preview` (and so `npm start`) answer like the production host, nginx with the
 * README's configuration: a page's address without its final slash (/phase-1) is redirected to the
 * page (/phase-1/). Astro's own static preview answers it with its unstyled 404 page instead, and it
 * ignores Vite plugins and `vite.preview` middleware, so the only way in is the adapter API's
 * `previewEntrypoint`: this integration sets a preview-only adapter whose entrypoint (server.ts)
 * serves dist/. `astro build` and `astro dev` never see the adapter.
 */
export function productionLikePreview(entrypoint: string): AstroIntegration {
  let command = '';
  return {
    name: 'ltc:preview',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ setAdapter }) => {
        if (command !== 'preview') return;
        setAdapter({
          name: 'ltc:preview',
          previewEntrypoint: entrypoint,
          entrypointResolution: 'auto',
          // The site stays static: the adapter adds a preview server and nothing else.
          adapterFeatures: { buildOutput: 'static' },
          // Images are made by the build, which runs without this adapter: sharp works as before.
          supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
        });
      },
    },
  };
}
