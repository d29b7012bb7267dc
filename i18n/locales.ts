// The site's locales: the one list every other file derives from (routing, the proxy matcher,
// the server, the header, data validation, tests). Plain data, so scripts and the data import
// can read it without next-intl.
export const LOCALES = ["en", "es", "fr", "de", "pt", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const RTL_LOCALES: ReadonlySet<string> = new Set(["ar"]);
