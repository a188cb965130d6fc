// html-validate over the built pages (tests/e2e/html-validate.spec.ts).
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Phase 2's <title> is ALA's program name, "Phase 2: Libraries Transforming Communities: Models
    // for Change (2016-18) | ALA" (78 characters); we do not shorten the official name.
    'long-title': ['error', { maxlength: 80 }],
  },
});
