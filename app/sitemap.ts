import type { MetadataRoute } from "next";
import { languageTag } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { SITE_URL } from "@/lib/metadata";
import { SITE_PATHS } from "@/lib/site-pages";

// Every page in every locale, each with its alternates in the other locales.
export default function sitemap(): MetadataRoute.Sitemap {
  return SITE_PATHS.flatMap((path) => {
    const languages = Object.fromEntries(routing.locales.map((l) => [languageTag(l), `${SITE_URL}/${l}${path}`]));
    return routing.locales.map((locale) => ({
      url: `${SITE_URL}/${locale}${path}`,
      alternates: { languages: { ...languages, "x-default": `${SITE_URL}/${routing.defaultLocale}${path}` } },
    }));
  });
}
