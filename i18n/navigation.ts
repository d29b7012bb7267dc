import NextLink from "next/link";
import { createNavigation } from "next-intl/navigation";
import { getLocale } from "next-intl/server";
import { createElement, type ComponentProps } from "react";
import { routing } from "./routing";

const navigation = createNavigation(routing);

// Locale-aware navigation: import Link, redirect and getPathname from here.
export const { redirect, getPathname } = navigation;

type Href = string | { pathname: string; hash?: string };

/**
 * A link to a page in the current locale. A server component on purpose: next-intl's own Link
 * reads the locale in the browser, which needs NextIntlClientProvider and its runtime on every
 * page. Here the locale is resolved while prerendering and the browser gets a plain next/link.
 */
export async function Link({ href, ...props }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href }) {
  const locale = await getLocale();
  const pathname = typeof href === "string" ? href : href.pathname;
  const hash = typeof href === "string" || !href.hash ? "" : `#${href.hash}`;
  return createElement(NextLink, { ...props, href: getPathname({ locale, href: pathname }) + hash });
}
