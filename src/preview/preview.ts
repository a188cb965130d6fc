/*
 * `astro preview` answering like nginx: /phase-1 is redirected to /phase-1/, an unknown address gets
 * the 404 page. Astro's static preview 404s /phase-1 and drops the Vite plugins, so a preview-only
 * adapter makes this file the server. Node loads it unbundled: only syntax Node can strip.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, CreatePreviewServer } from 'astro';
import { preview as vitePreview } from 'vite';

/** Where nginx's `try_files $uri $uri/` sends a path without its final slash, when dist/ has its index.html. */
export function redirectFor(root: string, base: string, pathname: string, search = ''): string | undefined {
  if (pathname.endsWith('/') || !`${pathname}/`.startsWith(base)) return undefined;
  // A URL's pathname holds no `..` (URL parsing resolves them), so the folder stays inside dist/.
  return existsSync(join(root, pathname.slice(base.length - 1), 'index.html')) ? `${pathname}/${search}` : undefined;
}

const preview: CreatePreviewServer = async ({ root: projectRoot, outDir, host, port, base, headers }) => {
  const root = fileURLToPath(outDir);
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const server = await vitePreview({
    configFile: false,
    root: fileURLToPath(projectRoot),
    base: basePath,
    appType: 'mpa',
    build: { outDir: root },
    preview: { host: host ?? 'localhost', port, strictPort: true, ...(headers ? { headers } : {}) },
    plugins: [
      {
        name: 'ltc:nginx-like',
        configurePreviewServer({ middlewares }) {
          middlewares.use((req, res, next) => {
            const url = new URL(req.url ?? '/', 'http://localhost');
            const location = redirectFor(root, basePath, url.pathname, url.search);
            if (location) res.writeHead(301, { Location: location }).end();
            else next();
          });
          // After Vite has mapped /phase-1/ to /phase-1/index.html.
          return () =>
            middlewares.use((req, res, next) => {
              const { pathname } = new URL(req.url ?? '/', 'http://localhost');
              if (pathname.endsWith('.html') && existsSync(join(root, pathname))) return next();
              res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
              createReadStream(join(root, '404.html')).pipe(res);
            });
        },
      },
    ],
  });
  server.printUrls();
  return {
    port,
    closed: () => new Promise((done) => server.httpServer.once('close', done)),
    stop: () => server.close(),
  };
};
export default preview;

/** The preview-only adapter, for `astro preview` alone. */
export function productionLikePreview(): AstroIntegration {
  let command = '';
  return {
    name: 'ltc:preview',
    hooks: {
      'astro:config:setup': (options) => void (command = options.command),
      'astro:config:done': ({ setAdapter }) => {
        if (command !== 'preview') return;
        setAdapter({
          name: 'ltc:preview',
          previewEntrypoint: fileURLToPath(import.meta.url),
          entrypointResolution: 'auto',
          adapterFeatures: { buildOutput: 'static' },
          supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
        });
      },
    },
  };
}
