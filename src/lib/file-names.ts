/**
 * A name that is an address: lower-case letters, digits and dashes. A phase's file name is its
 * page's address (the loader's rule, content-folder.ts) and the CMS names new files with it.
 */
export const ADDRESS_NAME = /^[a-z0-9-]+$/;

/** "Leading Conversations.pdf" becomes "leading-conversations.pdf". */
export function dashedName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-').replace(/-{2,}/g, '-');
}

/** "/downloads/Leading Conversations.pdf" becomes "/downloads/leading-conversations.pdf". */
export function dashedPath(path: string): string {
  const cut = path.lastIndexOf('/') + 1;
  return path.slice(0, cut) + dashedName(path.slice(cut));
}

/** The advice for a /downloads/ path with a space, which no web address can hold. */
export function spacedDownloadAdvice(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return `rename the file public${path} to ${dashedName(name)} and write ${dashedPath(path)}`;
}
