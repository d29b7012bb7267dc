import { getLocale } from "next-intl/server";
import { createElement, type AnchorHTMLAttributes } from "react";
import type { Locale } from "./routing";

// Locale-aware navigation: import Link and getPathname from here.
//
// Why not next-intl's createNavigation: its Link is a client component that reads the locale in
// the browser, which brings NextIntlClientProvider and the ICU message formatter (~10 kB gzip)
// into every page. Path segments are the same in every locale and every locale is prefixed,
// so a path is simply "/{locale}{path}". And why a plain <a> rather than next/link: pages are
// static HTML that loads fast as a whole, the router's link code would cost ~8 kB more on every
// page, and full page loads are what the offline cache stores.

type Href = string | { pathname: string; hash?: string };

export function getPathname({ locale, href }: { locale: Locale; href: Href }): string {
  const pathname = typeof href === "string" ? href : href.pathname;
  const hash = typeof href === "string" || !href.hash ? "" : `#${href.hash}`;
  return `/${locale}${pathname === "/" ? "" : pathname}${hash}`;
}

export async function Link({ href, ...props }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & { href: Href }) {
  const locale = (await getLocale()) as Locale;
  return createElement("a", { ...props, href: getPathname({ locale, href }) });
}
