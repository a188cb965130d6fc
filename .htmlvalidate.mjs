// html-validate over the built pages of both test sites (tests/e2e/html-validate.spec.ts).
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // A page's <title> is its heading, which editors write: ALA's official program names are long
    // ("Phase 2: Libraries Transforming Communities: Models for Change (2016-18)"), and a long
    // title is a search-engine trade-off for editors to judge, not an HTML error to stop a build on.
    'long-title': 'off',
    // Astro writes a tag an editor writes in MDX, <img … />, as <img …/>, and Markdown's as <img …>:
    // both are valid HTML (the Nu checker agrees), and which one is a matter of style.
    'void-style': 'off',
    // The words of a phone link are the editor's sentence ([call the office](tel:…)), not always the
    // number: a space in them is no error, and keeping a number on one line is a matter of style.
    'tel-non-breaking': 'off',
  },
});
