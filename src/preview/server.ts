/*
 * The preview server of `astro preview` (see integration.ts): serves the built site from dist/ as
 * nginx does with the README's configuration. Node loads this file itself, without a bundler, so
 * it uses only Node's own modules and TypeScript syntax that Node can strip.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import type { CreatePreviewServer } from 'astro';

/** The types of the files a built site holds; anything else is sent as bytes. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

/** What the server answers for one request path. */
export type Answer =
  | { kind: 'file'; file: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
  | { kind: 'bad-request' };

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/**
 * Maps a request path to an answer, as nginx's `try_files $uri $uri/ =404` does: a file is sent,
 * a folder with index.html is sent as its index when the path ends with a slash and redirected to
 * the path with the slash when it does not, and anything else is not found. `root` is dist/,
 * `base` the site's base path with its slashes (/ or /tools/ltc/).
 */
export function answerFor(root: string, base: string, pathname: string, search = ''): Answer {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { kind: 'bad-request' };
  }
  if (path.includes('\0')) return { kind: 'bad-request' };
  // The base path without its slash is the home page without its slash.
  if (`${path}/` === base) return { kind: 'redirect', location: `${base}${search}` };
  if (!path.startsWith(base)) return { kind: 'not-found' };
  const file = resolve(root, `.${sep}${path.slice(base.length)}`);
  if (file !== root && !file.startsWith(`${root}${sep}`)) return { kind: 'not-found' };
  if (!path.endsWith('/') && isFile(file)) return { kind: 'file', file };
  if (isFile(join(file, 'index.html'))) {
    return path.endsWith('/')
      ? { kind: 'file', file: join(file, 'index.html') }
      : { kind: 'redirect', location: `${pathname}/${search}` };
  }
  return { kind: 'not-found' };
}

/** Text worth compressing: what nginx's gzip_types usually lists, and what Vite's preview compressed. */
const COMPRESSED = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: OutgoingHttpHeaders,
  file?: string,
): void {
  const type = file ? (TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain';
  const size = file ? statSync(file).size : 0;
  // Hosts send text gzipped, and Lighthouse (npm run audit) fails a page whose text is not.
  const gzip = size >= 1024 && COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
  res.writeHead(status, {
    ...headers,
    'Content-Type': type,
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : file ? { 'Content-Length': size } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else if (file && gzip) createReadStream(file).pipe(createGzip()).pipe(res);
  else if (file) createReadStream(file).pipe(res);
  else res.end(status === 400 ? 'Bad request\n' : 'Not found\n');
}

const preview: CreatePreviewServer = async ({ outDir, host, port, base, headers = {}, logger }) => {
  // The site is static: the build wrote it to outDir (not to the client folder of a server build).
  const root = resolve(fileURLToPath(outDir));
  const basePath = base.endsWith('/') ? base : `${base}/`;
  const notFoundPage = join(root, '404.html');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const answer = answerFor(root, basePath, url.pathname, url.search);
    if (answer.kind === 'file') return send(req, res, 200, headers, answer.file);
    // A permanent redirect, as nginx sends for a folder named without its slash.
    if (answer.kind === 'redirect') return send(req, res, 301, { ...headers, Location: answer.location });
    if (answer.kind === 'bad-request') return send(req, res, 400, headers);
    send(req, res, 404, headers, isFile(notFoundPage) ? notFoundPage : undefined);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const local = `http://${host ?? 'localhost'}:${port}${basePath}`;
  logger.info(`Serving ${root} at ${local}, redirecting addresses without their final slash like nginx.`);
  const closed = new Promise<void>((done) => server.once('close', () => done()));
  return {
    ...(host ? { host } : {}),
    port,
    urls: { local: [local], network: [] },
    closed: () => closed,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
};

export default preview;
