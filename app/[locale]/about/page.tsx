import { getTranslations, setRequestLocale } from "next-intl/server";
import styles from "@/components/page/page.module.css";
import { pageMetadata } from "@/lib/metadata";
import { toLocale } from "@/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "About" });
  return pageMetadata(locale, "/about", t("metaTitle"), t("metaDescription"));
}

export default async function AboutPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("About");
  return (
    <article className={styles.narrow}>
      <h1>{t("title")}</h1>
      <p className={styles.lead}>{t("intro")}</p>
      <h2 id="who">{t("whoHeading")}</h2>
      <p>{t("whoBody")}</p>
      <h2 id="sources">{t("sourcesHeading")}</h2>
      <p>{t("sourcesBody")}</p>
      <h2 id="helplines">{t("verifyHeading")}</h2>
      <p>{t("verifyBody")}</p>
      <p>{t("verifyReport")}</p>
      <h2 id="privacy">{t("privacyHeading")}</h2>
      <p>{t("privacyBody")}</p>
      <h2 id="exit">{t("exitHeading")}</h2>
      <p>{t("exitBody")}</p>
    </article>
  );
}
