import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { languageTag, localeName } from "@/i18n/locales";
import { directionOf, routing } from "@/i18n/routing";
import { NAV_PAGES } from "@/lib/site-pages";
import { LocaleSwitcher, type LocaleOption } from "./locale-switcher";
import { QuickExit } from "./quick-exit";
import styles from "./site-header.module.css";

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations("Layout");
  const tq = await getTranslations("QuickExit");
  const tl = await getTranslations("LocaleSwitcher");
  const options: LocaleOption[] = routing.locales.map((code) => ({
    code,
    tag: languageTag(code),
    name: localeName(code),
    dir: directionOf(code),
  }));
  const nav = NAV_PAGES.map(({ href, key }) => ({ href, label: t(`nav.${key}`) }));

  return (
    <header className={styles.header}>
      <div className={styles.top}>
        <Link href="/" className={styles.brand} aria-label={t("homeLabel")}>
          <span className={styles.mark} aria-hidden="true" />
          <span className={styles.brandName}>{(await getTranslations("Metadata"))("siteName")}</span>
        </Link>
        <div className={styles.tools}>
          <LocaleSwitcher
            current={locale}
            options={options}
            label={tl("label")}
            // Until there is a Traditional Chinese locale, readers asking for it get Simplified: say so.
            notes={routing.locales.includes("zh") ? { zh: tl("simplifiedOnly") } : {}}
          />
          <QuickExit label={tq("label")} hint={tq("hint")} leaving={tq("leaving")} />
        </div>
      </div>
      <nav aria-label={t("navLabel")} className={styles.nav}>
        <ul className={styles.navList}>
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className={styles.navLink}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
