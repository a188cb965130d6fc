/**
 * Builds the fixture site (buildFixtureSite in temp-site.ts) and serves it with Astro's preview
 * server until the process is stopped. Usage: node tests/support/serve-fixture.ts NAME PORT
 */
import { preview } from 'astro';
import { buildFixtureSite } from './temp-site.ts';

const [name, port = '4322'] = process.argv.slice(2);
if (!name) throw new Error('usage: node tests/support/serve-fixture.ts NAME PORT');

// Canonical and structured-data URLs name the server the tests visit.
const dir = await buildFixtureSite(name, `http://localhost:${port}`);
await preview({ root: dir, server: { port: Number(port), host: 'localhost' } });
