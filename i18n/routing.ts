import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES, RTL_LOCALES } from "./locales";

// Adding a locale: add its code to LOCALES in i18n/locales.ts and a messages/{code}.json with every key of en.json.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // No cookie: a page view must not set one (privacy). The URL alone carries the language.
  localeCookie: false,
  // Hreflang alternates go into each page's metadata instead of a Link header.
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];


export function directionOf(locale: string): "rtl" | "ltr" {
  return RTL_LOCALES.has(locale) ? "rtl" : "ltr";
}

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}

/** A route param as a Locale (params are validated by generateStaticParams + dynamicParams = false). */
export function toLocale(value: string): Locale {
  return isLocale(value) ? value : routing.defaultLocale;
}
