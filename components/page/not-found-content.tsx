import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import styles from "./page.module.css";

export async function NotFoundContent() {
  const t = await getTranslations("NotFound");
  return (
    <div className={styles.narrow}>
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <h2>{t("helpHeading")}</h2>
      <p>{t("helpBody")}</p>
      <p>
        <Link href="/helplines" className={styles.button}>
          {t("helplines")}
        </Link>
      </p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
