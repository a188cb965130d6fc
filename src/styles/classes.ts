/** A link in running text, light and dark; each component adds its own size and weight. */
export const TEXT_LINK = 'text-brand-800 underline underline-offset-2 dark:text-brand-200';
