/**
 * The colours and underline of a link in running text, in the light and the dark scheme; each
 * component puts its own size and weight in front. Tailwind reads the class names here.
 */
export const TEXT_LINK = 'text-brand-800 underline underline-offset-2 dark:text-brand-200';
