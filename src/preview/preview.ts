/*
 * `astro preview` (and so `npm start`) answering like the production host, nginx with the README's
 * configuration: a page's address without its final slash (/phase-1) is redirected to the page
 * (/phase-1/), and an unknown address gets the site's 404 page with status 404. Astro's static
 * preview answers /phase-1 with its own unstyled 404 page, and it drops the project's Vite plugins,
 * so the way in is a preview-only adapter whose `previewEntrypoint` is this file: Vite's own preview
 * server (files, types, gzip, the base path) plus one plugin. `astro build` and `astro dev` never
 * see the adapter. Node loads this file without a bundler: only syntax Node can strip.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, CreatePreviewServer } from 'astro';
import { preview as vitePreview, type Plugin } from 'vite';

/**
 * Where a request path without its final slash is redirected, as nginx's `try_files $uri $uri/`
 * does for a folder: to the path with the slash (and the query), when dist/ (`root`) holds its
 * index.html. `base` is the site's base path with its slashes (/ or /tools/ltc/). Undefined otherwise.
 */
export function redirectFor(root: string, base: string, pathname: string, search = ''): string | undefined {
  if (pathname.endsWith('/')) return undefined;
  if (`${pathname}/` === base) return `${base}${search}`;
  // A URL's pathname holds no `..` (URL parsing resolves them), so the folder stays inside dist/.
  if (!pathname.startsWith(base)) return undefined;
  return existsSync(join(root, pathname.slice(base.length), 'index.html')) ? `${pathname}/${search}` : undefined;
}

/** The Vite plugin: the redirect before Vite's files, the 404 page for what no file answers. */
function nginxLike(root: string, base: string): Plugin {
  return {
    name: 'ltc:nginx-like',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const location = redirectFor(root, base, url.pathname, url.search);
        if (!location) return next();
        // Permanent, as nginx answers for a folder named without its slash.
        res.writeHead(301, { Location: location }).end();
      });
      // Runs after Vite has mapped /phase-1/ to /phase-1/index.html, before it serves HTML files.
      return () =>
        server.middlewares.use((req, res, next) => {
          const { pathname } = new URL(req.url ?? '/', 'http://localhost');
          if (pathname.endsWith('.html') && existsSync(join(root, pathname))) return next();
          res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
          createReadStream(join(root, '404.html')).pipe(res);
        });
    },
  };
}

/** The preview server Astro starts for `astro preview`: the adapter's `previewEntrypoint`. */
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
    plugins: [nginxLike(root, basePath)],
  });
  server.printUrls();
  return {
    port,
    closed: () => new Promise((done) => server.httpServer.once('close', done)),
    stop: () => server.close(),
  };
};
export default preview;

/** The integration that sets the preview-only adapter when the command is `astro preview`. */
export function productionLikePreview(): AstroIntegration {
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
          previewEntrypoint: fileURLToPath(import.meta.url),
          // The site stays static: the adapter adds a preview server and nothing else.
          entrypointResolution: 'auto',
          adapterFeatures: { buildOutput: 'static' },
          // Images are made by the build, which runs without this adapter: sharp works as before.
          supportedAstroFeatures: { staticOutput: 'stable', sharpImageService: 'stable' },
        });
      },
    },
  };
}
