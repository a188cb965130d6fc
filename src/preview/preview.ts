/*
 * `astro preview` (and so `npm start`) answering like nginx with the README's configuration: /phase-1
 * is redirected to /phase-1/, and an unknown address gets the site's 404 page. Astro's static
 * preview answers /phase-1 with a 404 of its own and drops the project's Vite plugins, so a
 * preview-only adapter makes this file the preview server: Vite's, plus two middlewares. Node loads
 * it without a bundler: only syntax Node can strip.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, CreatePreviewServer } from 'astro';
import { preview as vitePreview } from 'vite';

/**
 * Where nginx's `try_files $uri $uri/` sends a path without its final slash: to the path with it
 * (and the query) when dist/ (`root`) holds its index.html. `base` is / or /tools/ltc/.
 */
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
    // A port already taken stops the server, naming the port, rather than moving it.
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
          // After Vite has mapped /phase-1/ to /phase-1/index.html (and taken off the base path).
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

/** Sets the preview-only adapter when the command is `astro preview`; build and dev never see it. */
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
          // The site stays static, and sharp still makes the images at build time.
          entrypointResolution: 'auto',
          adapterFeatures: { buildOutput: 'static' },
          supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
        });
      },
    },
  };
}
