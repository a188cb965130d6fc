import { existsSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { downloadLabel } from '../lib/format-size.ts';
import { DOWNLOAD_PATH, downloadKindAdvice } from '../schemas/fields.ts';

/** A resource link, ready to render: where it goes and, for a file of this site, what it is. */
export type ResolvedLink =
  { kind: 'external'; href: string } | { kind: 'file'; path: string; fileName: string; bytes: number; label: string };

/** Resolves a resource's href, or says why a /downloads/ path cannot be published: a broken or unsafe download. */
export function resolveResourceLink(href: string, publicDir: string): ResolvedLink | string {
  if (!href.startsWith('/')) return { kind: 'external', href };
  // The schema refuses these first; checked again because a file this origin serves as a page (.html, .svg)
  // could run script beside /admin/.
  if (!DOWNLOAD_PATH.test(href)) return downloadKindAdvice(href);
  const file = join(publicDir, ...href.split('/').filter(Boolean));
  if (!existsSync(file) || !statSync(file).isFile())
    return `href is "${href}", but there is no file public${href}. Put the file in public${href.slice(0, href.lastIndexOf('/') + 1)} or correct the path.`;
  const fileName = posix.basename(href);
  const bytes = statSync(file).size;
  return { kind: 'file', path: href, fileName, bytes, label: downloadLabel(fileName, bytes) };
}
