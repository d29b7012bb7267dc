import { isLocale, type Locale } from "@/i18n/routing";
import { EXPLAINERS } from "@/lib/content/explainers";
import { ISO_REGION_CODES } from "@/lib/regions";
import type messages from "@/messages/en.json";

/** A key of the header menu's words (Layout.nav in the messages). */
type NavKey = keyof (typeof messages)["Layout"]["nav"];

// The site's pages, as paths after the locale ("" is the story): the one list. The sitemap, the
// header's menu, the pages the service worker saves on a first visit, the proxy (which answers
// every other path with the 404 page) and the tests all read it. Adding a page: its
// app/[locale]/…/page.tsx, and a line here (tests/unit/site-pages.test.ts checks the two agree).

/** A kind of page: its path pattern under app/[locale] and the paths it has. */
type PageKind = {
  /** The page file's folder under app/[locale] ("" for the story). */
  route: string;
  paths: readonly string[];
  /** Its entry in the header's menu, as a key of the Layout.nav messages (none: not in the menu). */
  nav?: readonly NavKey[];
  /** Saved by the service worker on the first visit in a language, for reading offline later. */
  offline?: boolean;
};

const lowerFirst = <T extends string>(s: T) => (s.charAt(0).toLowerCase() + s.slice(1)) as Uncapitalize<T>;

export const PAGE_KINDS = {
  story: { route: "", paths: [""], nav: ["story"], offline: true },
  helplines: { route: "/helplines", paths: ["/helplines"], nav: ["helplines"], offline: true },
  explainer: {
    route: "/explainers/[topic]",
    paths: EXPLAINERS.map((e) => `/explainers/${e.slug}`),
    nav: EXPLAINERS.map((e) => lowerFirst(e.namespace)),
    offline: true,
  },
  region: { route: "/helplines/[cc]", paths: ISO_REGION_CODES.map((c) => `/helplines/${c.toLowerCase()}`) },
  about: { route: "/about", paths: ["/about"], nav: ["about"] },
} as const satisfies Record<string, PageKind>;

const KINDS: readonly PageKind[] = Object.values(PAGE_KINDS);

/** Every page's path after the locale, in menu order, the region pages after the directory. */
export const SITE_PATHS: readonly string[] = KINDS.flatMap((k) => k.paths);

const KNOWN = new Set(SITE_PATHS);

/** True for a path after the locale that is a page of the site ("/helplines/gb"; not "/helplines/GB"). */
export function isSitePath(path: string): boolean {
  return KNOWN.has(path);
}

/**
 * What a path is, for the proxy: a page of the site; a path inside a locale that is no page (its
 * answer is that locale's 404 page); or a path without a locale (its answer is a redirect to one).
 */
export function classifyPath(pathname: string): { kind: "page" } | { kind: "not-found"; locale: Locale } | { kind: "no-locale" } {
  const [, locale = "", ...rest] = pathname.split("/");
  if (!isLocale(locale)) return { kind: "no-locale" };
  return isSitePath(rest.length ? `/${rest.join("/")}` : "") ? { kind: "page" } : { kind: "not-found", locale };
}

/** The header's menu in order: the path ("/" for the story) and its Layout.nav message key. */
export const NAV_PAGES: readonly { href: string; key: NavKey }[] = KINDS.flatMap((k) =>
  (k.nav ?? []).map((key, i) => ({ href: k.paths[i] || "/", key })),
);

/** Saved by the service worker on a reader's first visit in a language (paths after the locale). */
export const OFFLINE_PATHS: readonly string[] = KINDS.filter((k) => k.offline).flatMap((k) => k.paths);
