import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The built site that the audits read. */
export const DIST = join(import.meta.dirname, '..', '..', 'dist');

/**
 * The content pages of the build: every HTML file of dist/ (relative, sorted), the 404 page
 * included, except /admin/, the CMS, which runs JavaScript by design. Throws when there is no build.
 */
export function builtPages(): string[] {
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin/'))
    .sort();
  if (pages.length === 0)
    throw new Error(`No page in ${DIST}: the audit checks the built site. Run "npm run build" first.`);
  return pages;
}
