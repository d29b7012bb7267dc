import config from "./locales.json";

// The site's locales: i18n/locales.json is the one list every other file derives from (routing,
// the proxy matcher's test, the production server, the header, data validation, the tests). It is
// JSON so that the plain-JavaScript server and scripts read the same list without a build.
export const LOCALES: readonly string[] = config.locales;
export type Locale = string;
export const DEFAULT_LOCALE: Locale = config.defaultLocale;
export const RTL_LOCALES: ReadonlySet<string> = new Set(config.rightToLeft);

/** Each language named in itself, for the language switcher. */
export function localeName(locale: string): string {
  return (config.names as Record<string, string>)[locale] ?? locale;
}

/** The BCP 47 tag for lang and hreflang attributes: "zh" is written in Simplified characters ("zh-Hans"). */
export function languageTag(locale: string): string {
  return (config.languageTags as Record<string, string>)[locale] ?? locale;
}
