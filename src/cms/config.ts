import type { CmsConfig } from '@sveltia/cms';
import { stringify } from 'yaml';
import { PICTURE_MAX_BYTES } from '../content-checks/pictures.ts';
import type { CmsBackend } from './backend';
import { cmsCollections } from './collections';

/*
 * The whole configuration of Sveltia CMS, written to /admin/config.yml when the site is built or
 * served (src/cms/integration.ts). Sveltia reads config.yml beside the admin page by default.
 */

/**
 * How the CMS writes YAML (Sveltia's `output.yaml`, passed to the yaml package's stringify with
 * lineWidth 0, plain keys and single quotes where quotes are needed). A file the CMS saved is in this
 * style, so its next save changes only what was edited (tests/unit/cms-yaml-style.test.ts); a file
 * written by hand may use any valid YAML.
 */
export const YAML_OUTPUT = { indent_size: 2, indent_sequences: true, quote: 'none' } as const;

/** What the configuration depends on besides the content. */
export interface CmsConfigOptions {
  /** The project root (or a copy of it): where content/ is. */
  root: string;
  backend: CmsBackend;
  /** The site's public address with its base path: https://www.example.org/tools/ltc/. */
  siteUrl: string;
}

/** The CMS configuration as an object. */
export function cmsConfig({ root, backend, siteUrl }: CmsConfigOptions): CmsConfig {
  return {
    backend: backend.config,
    ...(backend.publishMode === 'editorial_workflow' ? { publish_mode: 'editorial_workflow' } : {}),
    site_url: siteUrl,
    display_url: siteUrl,
    // Files for download (resource cards' href); pictures go to their collection's folder.
    media_folder: 'public/downloads',
    public_folder: '/downloads',
    // An uploaded "Leading Conversations.pdf" is saved as leading-conversations.pdf: a web address
    // has no spaces, and the build refuses a download path with one. Assets takes its size limit from
    // here alone, for every folder: the pictures' (the build's too), which so bounds a download as well.
    media_libraries: { default: { config: { slugify_filename: true, max_file_size: PICTURE_MAX_BYTES } } },
    // The preview pane is off: it would show the entry in Sveltia's own style, not the site's
    // (years as "2,021"); the dev server shows the real page at each save.
    editor: { preview: false },
    output: {
      // An optional field left empty is left out of the file, as editors write it by hand.
      omit_empty_optional_fields: true,
      yaml: YAML_OUTPUT,
    },
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true },
    collections: cmsCollections(root),
  };
}

/** The CMS configuration as the text of config.yml. */
export function cmsConfigYaml(options: CmsConfigOptions): string {
  return (
    '# Written by the build from src/schemas/ (src/cms/config.ts): change the schemas, not this file.\n' +
    '# yaml-language-server: $schema=https://unpkg.com/@sveltia/cms/schema/sveltia-cms.json\n' +
    stringify(cmsConfig(options), { lineWidth: 0 })
  );
}
