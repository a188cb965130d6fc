import { defineCollection } from 'astro:content';
import { FOLDERS } from './content-checks/folders';
import { contentFolder } from './content-checks/loader';

/*
 * The contract with editors: every folder under content/ is one collection, every file in it
 * one entry, and every entry is checked against its schema (src/schemas/) when the site is built.
 * The loader (src/content-checks/loader.ts) checks each folder, then its files, then the rules
 * across them (src/content-checks/folders.ts), with the reader the tests and scripts use too.
 */
export const collections = {
  overview: defineCollection({ loader: contentFolder(FOLDERS.overview) }),
  phases: defineCollection({ loader: contentFolder(FOLDERS.phases) }),
  resources: defineCollection({ loader: contentFolder(FOLDERS.resources) }),
  site: defineCollection({ loader: contentFolder(FOLDERS.site) }),
};
