import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Page } from '@playwright/test';

/*
 * Sveltia CMS's local mode ("Work with Local Repository") asks showDirectoryPicker() for the
 * checkout, which no test can answer. Instead the page gets a real directory handle of the origin's
 * private file system (OPFS), filled from a temporary copy of the site, and each save is copied back
 * to that folder on disk. A handle faked in JavaScript would not do: Sveltia stores it in IndexedDB
 * (a structured clone), asks requestPermission(), walks entries(), writes with createWritable() and
 * move() (src/lib/services/backends/fs/ in sveltia-cms); with OPFS all of that is Chromium's own
 * code, as in an editor's Chrome, and only the picker is replaced.
 */

/** Folders of the site copy that the CMS reads and writes: the content and the public files. */
const REPOSITORY_FOLDERS = ['content', 'public'];

/** The folder inside the origin's private file system that plays the checkout. */
const OPFS_FOLDER = 'checkout';

/** Every file under the repository folders of dir, with paths relative to dir (forward slashes). */
function filesOnDisk(dir: string): Map<string, Buffer> {
  const paths = REPOSITORY_FOLDERS.flatMap((folder) =>
    readdirSync(join(dir, folder), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()),
  ).map((entry) => join(entry.parentPath, entry.name));
  return new Map(paths.map((path) => [relative(dir, path).split('\\').join('/'), readFileSync(path)]));
}

/**
 * Makes showDirectoryPicker() answer with the checkout folder of the origin's private file system,
 * as if the editor had chosen the repository. Call before the page loads.
 */
export async function answerDirectoryPicker(page: Page): Promise<void> {
  await page.addInitScript((folder) => {
    const picker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
    Object.defineProperty(window, 'showDirectoryPicker', { value: picker, configurable: true, writable: true });
  }, OPFS_FOLDER);
}

/**
 * Fills the checkout folder of the page's origin private file system with the content and public
 * files of dir, plus a `.git` file (a worktree's pointer: Sveltia checks that the folder is a
 * repository's root). The page must show a page of the admin's origin.
 */
export async function fillCheckout(page: Page, dir: string): Promise<void> {
  // Playwright carries typed arrays between Node and the page as they are.
  const files = [...filesOnDisk(dir)].map(([path, bytes]) => ({ path, bytes: new Uint8Array(bytes) }));
  files.push({ path: '.git', bytes: new TextEncoder().encode('gitdir: ../.git/worktrees/checkout\n') });
  await page.evaluate(
    async ({ folder, files }) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry(folder, { recursive: true }).catch(() => undefined);
      const checkout = await root.getDirectoryHandle(folder, { create: true });
      for (const { path, bytes } of files) {
        const parts = path.split('/');
        let dir = checkout;
        for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
        const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(bytes);
        await writable.close();
      }
    },
    { folder: OPFS_FOLDER, files },
  );
}

/** Every file under the repository folders of the checkout in the page's private file system. */
async function filesInCheckout(page: Page): Promise<Map<string, Buffer>> {
  const files = await page.evaluate(async (folder) => {
    const found: { path: string; bytes: Uint8Array }[] = [];
    const walk = async (dir: FileSystemDirectoryHandle, prefix: string): Promise<void> => {
      for await (const [name, handle] of dir.entries()) {
        if (handle.kind === 'directory') await walk(handle, `${prefix}${name}/`);
        else
          found.push({ path: `${prefix}${name}`, bytes: new Uint8Array(await (await handle.getFile()).arrayBuffer()) });
      }
    };
    await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(folder), '');
    return found;
  }, OPFS_FOLDER);
  const inRepository = files.filter(({ path }) => REPOSITORY_FOLDERS.includes(path.split('/')[0]!));
  return new Map(inRepository.map(({ path, bytes }) => [path, Buffer.from(bytes)]));
}

/** What a save did to the files on disk: paths written (new or changed) and paths removed. */
export type SavedChanges = Record<'written' | 'removed', string[]>;

/**
 * Copies what the CMS saved in the page's private file system back to dir: files new or changed
 * are written, files gone are removed. Returns the paths, sorted, so a test can check that a save
 * touched only the file it meant to. Call once the CMS says it has saved.
 */
export async function copyCheckoutToDisk(page: Page, dir: string): Promise<SavedChanges> {
  const inBrowser = await filesInCheckout(page);
  const onDisk = filesOnDisk(dir);
  const written = [...inBrowser].filter(([path, bytes]) => !onDisk.get(path)?.equals(bytes)).map(([path]) => path);
  for (const path of written) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), inBrowser.get(path)!);
  }
  const removed = [...onDisk.keys()].filter((path) => !inBrowser.has(path));
  for (const path of removed) rmSync(join(dir, path));
  return { written: written.sort(), removed: removed.sort() };
}
