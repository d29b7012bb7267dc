"use client";

import { usePathname } from "next/navigation";
import { useLocationSuffix } from "@/lib/browser-state";
import styles from "./locale-switcher.module.css";

export type LocaleOption = { code: string; name: string; dir: "ltr" | "rtl" };

// Plain links, one per language, each named in its own language. Path segments are the same
// in every locale, so the target is this page's path with the locale swapped; after hydration
// the query (region filters) and fragment are carried over too. A full page load follows, so
// <html lang dir> is right for the new language. Nothing is stored.
export function LocaleSwitcher({ current, options, label }: { current: string; options: LocaleOption[]; label: string }) {
  // next/navigation's hook, not next-intl's: it needs no client-side i18n runtime, and the
  // locale is always the first segment here.
  const path = (usePathname() ?? "/").replace(/^\/[^/]+/, "") || "/";
  const suffix = useLocationSuffix();

  return (
    <nav aria-label={label} className={styles.switcher}>
      <ul className={styles.list}>
        {options.map((o) => (
          <li key={o.code}>
            <a
              href={`/${o.code}${path === "/" ? "" : path}${suffix}`}
              hrefLang={o.code}
              lang={o.code}
              dir={o.dir}
              aria-current={o.code === current ? "true" : undefined}
              className={styles.link}
            >
              {o.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
