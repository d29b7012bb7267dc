"use client";

import { usePathname } from "next/navigation";
import { useLocationSuffix } from "@/lib/browser-state";
import styles from "./locale-switcher.module.css";

export type LocaleOption = { code: string; tag: string; name: string; dir: "ltr" | "rtl" };

// A disclosure (<details>) with one plain link per language, each named in its own language.
// Path segments are the same in every locale, so the target is this page's path with the
// locale swapped; after hydration the query (region filters) and fragment are carried over too.
// A full page load follows, so <html lang dir> is right for the new language. Nothing is stored.
export function LocaleSwitcher({
  current,
  options,
  label,
  notes = {},
}: {
  current: string;
  options: LocaleOption[];
  label: string;
  notes?: Record<string, string>; // a short note beside a language ("Simplified characters only")
}) {
  // next/navigation's hook, not next-intl's: it needs no client-side i18n runtime, and the
  // locale is always the first segment here.
  const path = (usePathname() ?? "/").replace(/^\/[^/]+/, "") || "/";
  const suffix = useLocationSuffix();
  const currentOption = options.find((o) => o.code === current);

  return (
    <details className={styles.switcher}>
      <summary className={styles.summary}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M2.75 12h18.5M12 2.75c2.6 2.7 3.9 5.8 3.9 9.25s-1.3 6.55-3.9 9.25M12 2.75C9.4 5.45 8.1 8.55 8.1 12s1.3 6.55 3.9 9.25"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.5"
          />
        </svg>
        <span className="visually-hidden">{label}: </span>
        <span lang={currentOption?.tag}>{currentOption?.name}</span>
      </summary>
      <ul className={styles.list} aria-label={label}>
        {options.map((o) => (
          <li key={o.code}>
            <a
              href={`/${o.code}${path === "/" ? "" : path}${suffix}`}
              hrefLang={o.tag}
              lang={o.tag}
              dir={o.dir}
              aria-current={o.code === current ? "true" : undefined}
              className={styles.link}
            >
              {o.name}
            </a>
            {notes[o.code] && <span className={styles.note}>{notes[o.code]}</span>}
          </li>
        ))}
      </ul>
    </details>
  );
}
