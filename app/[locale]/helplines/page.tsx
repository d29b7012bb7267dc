import { getTranslations, setRequestLocale } from "next-intl/server";
import { RegionPicker, type PickerRegion } from "@/components/helplines/region-picker";
import styles from "@/components/page/page.module.css";
import { toLocale } from "@/i18n/routing";
import { getRegionCodes } from "@/lib/data/helplines";
import { pageMetadata } from "@/lib/metadata";
import { pluralTemplates } from "@/lib/plural";
import { regionName } from "@/lib/region-names";
import { ISO_REGION_CODES } from "@/lib/regions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Helplines" });
  return pageMetadata(locale, "/helplines", t("metaTitle"), t("metaDescription"));
}

export default async function HelplinesPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("Helplines");
  const withData = new Set<string>(await getRegionCodes());
  const collator = new Intl.Collator(locale);
  const regions: PickerRegion[] = ISO_REGION_CODES.map((code) => ({
    code,
    name: regionName(code, locale),
    englishName: regionName(code, "en"),
    hasData: withData.has(code),
  })).sort((a, b) => collator.compare(a.name, b.name));
  const raw = (
    key:
      | "searchLabel"
      | "searchHint"
      | "withData"
      | "withoutData"
      | "withoutDataHint"
      | "guess"
      | "guessReasonTimeZone"
      | "guessReasonLanguage"
      | "guessUse"
      | "saved"
      | "savedHint"
      | "forget"
      | "noGuess",
  ) => t.raw(key) as string;

  return (
    <div>
      <div className={styles.narrow}>
        <h1>{t("title")}</h1>
        <p className={styles.lead}>{t("intro")}</p>
      </div>
      <RegionPicker
        locale={locale}
        regions={regions}
        strings={{
          searchLabel: raw("searchLabel"),
          searchHint: raw("searchHint"),
          resultsCount: pluralTemplates((count) => t("resultsCount", { count }), locale),
          withData: raw("withData"),
          withoutData: raw("withoutData"),
          withoutDataHint: raw("withoutDataHint"),
          guess: raw("guess"),
          guessReasonTimeZone: raw("guessReasonTimeZone"),
          guessReasonLanguage: raw("guessReasonLanguage"),
          guessUse: raw("guessUse"),
          saved: raw("saved"),
          savedHint: raw("savedHint"),
          forget: raw("forget"),
          noGuess: raw("noGuess"),
        }}
      />
    </div>
  );
}
