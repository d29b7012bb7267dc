import type { MetadataRoute } from "next";
import { languageTag } from "@/i18n/locales";
import { routing } from "@/i18n/routing";
import { EXPLAINERS } from "@/lib/content/explainers";
import { SITE_URL } from "@/lib/metadata";
import { ISO_REGION_CODES } from "@/lib/regions";

// Every page in every locale, each with its alternates in the other locales.
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    "",
    ...EXPLAINERS.map((e) => `/explainers/${e.slug}`),
    "/helplines",
    ...ISO_REGION_CODES.map((c) => `/helplines/${c.toLowerCase()}`),
    "/about",
  ];
  return paths.flatMap((path) => {
    const languages = Object.fromEntries(routing.locales.map((l) => [languageTag(l), `${SITE_URL}/${l}${path}`]));
    return routing.locales.map((locale) => ({
      url: `${SITE_URL}/${locale}${path}`,
      alternates: { languages: { ...languages, "x-default": `${SITE_URL}/${routing.defaultLocale}${path}` } },
    }));
  });
}
