import { defineCollection } from 'astro:content';
import { FOLDERS } from './content-checks/folders';
import { contentFolder } from './content-checks/loader';

/* The contract with editors: one collection per folder of content/, schemas in src/schemas/. */
export const collections = {
  overview: defineCollection({ loader: contentFolder(FOLDERS.overview) }),
  phases: defineCollection({ loader: contentFolder(FOLDERS.phases) }),
  resources: defineCollection({ loader: contentFolder(FOLDERS.resources) }),
  site: defineCollection({ loader: contentFolder(FOLDERS.site) }),
};
