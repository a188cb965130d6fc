/** A link in running text, light and dark; each component adds its own size and weight. */
export const TEXT_LINK = 'text-brand-800 underline underline-offset-2 dark:text-brand-200';

/** The text MDX produces, styled by Tailwind Typography: editors write no classes. */
export const PROSE =
  'prose prose-slate max-w-none dark:prose-invert prose-a:text-brand-800 dark:prose-a:text-brand-200 prose-headings:text-brand-900 dark:prose-headings:text-white';
