import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { setDevProblems } from './dev-problems.ts';
import { problemsError } from './entry-errors.ts';
import { pageRenderer } from './mdx-checks.ts';
import { readFolder, type ContentFolder } from './read-folder.ts';

/**
 * A content folder's loader: readFolder reads, parses and checks each file once and compiles each MDX
 * page once, which checks its text (mdx-checks.ts); every mistake of the folder is reported together,
 * each line starting with the file's path in the project. Entries are stored as Astro's glob() loader
 * stores a Markdown page, with its HTML: no page is bundled as a module of its own. Under `astro dev` a
 * save in content/ loads the folder again with the same code (its rules read other folders): a folder
 * with a mistake keeps its last good entries, and the banner says what the build would say.
 */
export function contentFolder<S extends z.ZodType, Resolved extends object = object>(
  folder: ContentFolder<S, Resolved>,
): Loader & { schema: z.ZodType<z.output<S> & Resolved> } {
  return {
    name: 'ltc-content-folder',
    schema: folder.schema as z.ZodType<z.output<S> & Resolved>,
    // Synchronous inside (readFolder): Astro awaits what it returns.
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      // Astro removes these listeners before it loads the collections again.
      const content = join(root, 'content') + sep;
      // A read still due for the last context would write into a store Astro no longer reads.
      clearTimeout(readsAgain.get(folder.folder));
      context.watcher?.on('all', (_event, path) => {
        if (!path.startsWith(content)) return;
        loadFolder(context, folder);
        // The watcher (chokidar) reports one change of a file per 50 ms and drops the others: a save
        // written in two steps (emptied, then written) can be read half-written and its second step
        // never reported. So the folder is read once more after that window, the last read wins.
        clearTimeout(readsAgain.get(folder.folder));
        readsAgain.set(
          folder.folder,
          setTimeout(() => loadFolder(context, folder), CHANGE_WINDOW_MS),
        );
      });
      const problems = loadFolder(context, folder);
      return problems.length > 0 ? Promise.reject(problemsError(root, problems)) : Promise.resolve();
    },
  };
}

/**
 * A little longer than chokidar's window for changes of one file, `this._throttle(EV.CHANGE, path, 50)`
 * in its _emit (https://github.com/paulmillr/chokidar/blob/5.0.0/src/index.ts): a private number, so
 * a chokidar that changes it needs this changed too.
 */
const CHANGE_WINDOW_MS = 60;

/** The second read due for each folder, cleared by the next change or the next load. */
const readsAgain = new Map<string, NodeJS.Timeout>();

/** Reads the folder and, when it has no mistake, stores its entries; returns its problems. */
function loadFolder(context: LoaderContext, folder: ContentFolder) {
  const { root, publicDir, markdown } = context.config;
  const render = pageRenderer(markdown.processor);
  const { entries, problems } = readFolder(fileURLToPath(root), folder, fileURLToPath(publicDir), render);
  // For the dev banner; a change in the collection's meta data makes the browser reload to show it.
  if (context.watcher) {
    setDevProblems(folder.folder, problems);
    const messages = problems.map((problem) => problem.message).join('\n');
    if ((context.meta.get('problems') ?? '') !== messages) {
      if (messages === '') context.meta.delete('problems');
      else context.meta.set('problems', messages);
    }
  }
  if (problems.length > 0) return problems;
  const ids = new Set(entries.map((entry) => entry.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  for (const { id, filePath, data, body, source, rendered } of entries) {
    // Resolved data (a download's size) and the HTML (a picture's width) may change while the file does not.
    const digest = context.generateDigest(`${source}\n${JSON.stringify(data)}\n${rendered?.html ?? ''}`);
    const page = rendered && { rendered, assetImports: rendered.metadata.imagePaths };
    context.store.set({ id, data, body, filePath, digest, ...page });
  }
  return [];
}
