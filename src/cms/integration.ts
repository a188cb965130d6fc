import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { adminFiles } from './admin-files';
import type { CmsBackend } from './backend';
import { hostHeaderFiles } from './host-headers';

/*
 * Serves the CMS at <base>admin/. The page is not an Astro page: Astro puts its own <meta>
 * Content-Security-Policy (hashes, no script) on every page it renders, and a second policy can
 * only narrow the first, never allow the CMS's script and inline styles. So `astro build` writes
 * the files into dist/admin/ when the site is built, and `astro dev` answers them from a
 * middleware, from the same function (admin-files.ts). The sitemap lists Astro's pages only.
 * The build also writes the host's headers for every page, /admin/ and /downloads/ (host-headers.ts).
 */

/** The admin's address below the base path. */
export const ADMIN_PATH = 'admin/';

/** The Astro integration of the CMS; `backend` comes from the CMS_ variables (backend.ts). */
export function cmsAdmin(backend: CmsBackend): AstroIntegration {
  let root = '';
  let base = '/';
  let siteUrl = '';
  const files = () => adminFiles({ root, backend, siteUrl });
  return {
    name: 'ltc:cms-admin',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteUrl = new URL(base, config.site ?? 'http://localhost:4321').href;
      },
      'astro:server:setup': ({ server, logger }) => {
        const admin = `${base}${ADMIN_PATH}`;
        server.middlewares.use((req, res, next) => {
          const url = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
          // Vite has taken the base path off the address by the time this middleware sees it.
          const path = url.startsWith(base) ? url.slice(base.length - 1) : url;
          if (path === `/${ADMIN_PATH.slice(0, -1)}`) {
            res.writeHead(301, { Location: admin }).end();
            return;
          }
          if (!path.startsWith(`/${ADMIN_PATH}`)) return next();
          // Read at each request: a schema saved while the dev server runs shows at the next reload.
          const file = files().get(path.slice(ADMIN_PATH.length + 1));
          if (!file) return next();
          try {
            const { type, body } = file();
            res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
          } catch (error) {
            logger.error((error as Error).message);
            res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end((error as Error).message);
          }
        });
      },
      'astro:server:start': ({ address, logger }) => {
        // npm run edit: the address to open, with the base path.
        logger.info(`Edit the site in Chrome or Edge: http://localhost:${address.port}${base}${ADMIN_PATH}`);
      },
      'astro:build:setup': () => {
        // Make the configuration now, so that a schema the CMS cannot show stops the build early.
        files().get('config.yml')?.();
      },
      'astro:build:done': ({ dir, logger }) => {
        for (const [name, text] of Object.entries(hostHeaderFiles(base))) writeFileSync(new URL(name, dir), text);
        const out = join(fileURLToPath(dir), ADMIN_PATH);
        for (const [path, file] of files()) {
          const target = join(out, path === '' ? 'index.html' : path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, file().body);
        }
        logger.info(
          `${base}${ADMIN_PATH}: Sveltia CMS${backend.localOnly ? ', local editing only' : `, ${backend.config.name} ${backend.config.repo}`}`,
        );
      },
    },
  };
}
