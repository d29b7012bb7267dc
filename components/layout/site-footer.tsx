import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import styles from "./site-footer.module.css";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <nav aria-label={t("footerLabel")}>
          <ul className={styles.links}>
            <li>
              <Link href="/about">{t("footerLinks.about")}</Link>
            </li>
            <li>
              <Link href={{ pathname: "/about", hash: "privacy" }}>{t("footerLinks.privacy")}</Link>
            </li>
            <li>
              <Link href={{ pathname: "/about", hash: "sources" }}>{t("footerLinks.sources")}</Link>
            </li>
            <li>
              <Link href="/helplines">{t("footerLinks.helplines")}</Link>
            </li>
          </ul>
        </nav>
        <p className={styles.note}>{t("footerNote")}</p>
      </div>
    </footer>
  );
}
