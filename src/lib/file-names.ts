/*
 * File names that work as web addresses. A space cannot be part of an address (a link with
 * one breaks), so the messages suggest the name editors are asked to use: lower-case words
 * joined by dashes, as in leading-conversations.pdf.
 */

/** "Leading Conversations.pdf" becomes "leading-conversations.pdf". */
export function dashedName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-').replace(/-{2,}/g, '-');
}

/** A path with the dashed form of its last part: "/downloads/Leading Conversations.pdf" gives "/downloads/leading-conversations.pdf". */
export function dashedPath(path: string): string {
  const cut = path.lastIndexOf('/') + 1;
  return path.slice(0, cut) + dashedName(path.slice(cut));
}

/**
 * What to say about a /downloads/ path with a space in it: rename the file in public/ and
 * write the new path.
 */
export function spacedDownloadAdvice(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return `rename the file public${path} to ${dashedName(name)} and write ${dashedPath(path)}`;
}
