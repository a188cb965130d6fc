/** The absolute path of public/, defined by Vite in astro.config.mjs. */
declare const __LTC_PUBLIC_DIR__: string;
