// @ts-check

/**
 * Formatting for code and content. 120 columns and single quotes are how the code was written
 * before Prettier checked it, so adopting Prettier changed few lines.
 * @type {import('prettier').Config}
 */
export default {
  printWidth: 120,
  singleQuote: true,
  plugins: ['prettier-plugin-astro'],
  overrides: [
    { files: '*.astro', options: { parser: 'astro' } },
    // Editors write the YAML data and MDX frontmatter in content/ with double quotes, as most YAML guides do.
    { files: ['*.yaml', '*.yml', '*.md', '*.mdx'], options: { singleQuote: false } },
  ],
};
