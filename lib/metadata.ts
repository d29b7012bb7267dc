import type { Metadata } from "next";
import { languageTag } from "@/i18n/locales";
import { routing } from "@/i18n/routing";

// The public origin for canonical and hreflang links. Set SITE_URL in production.
export const SITE_URL = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, "");

/** Canonical address and hreflang alternates for a page that exists in every locale. */
export function alternatesFor(locale: string, path: string): Metadata["alternates"] {
  const suffix = path === "/" ? "" : path;
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [languageTag(l), `/${l}${suffix}`]));
  languages["x-default"] = `/${routing.defaultLocale}${suffix}`;
  return { canonical: `/${locale}${suffix}`, languages };
}

export function pageMetadata(locale: string, path: string, title: string, description: string): Metadata {
  return {
    title,
    description,
    alternates: alternatesFor(locale, path),
    openGraph: { title, description, locale, type: "website", siteName: "Steady" },
  };
}
