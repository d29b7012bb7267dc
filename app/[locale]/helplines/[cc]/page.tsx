import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EmergencyPanel } from "@/components/helplines/emergency-panel";
import { isSupportLine } from "@/lib/helplines/model";
import { HelplineCard } from "@/components/helplines/helpline-card";
import { HelplineFilters, type FilterOption } from "@/components/helplines/helpline-filters";
import { RememberRegion } from "@/components/helplines/remember-region";
import styles from "@/components/page/page.module.css";
import { Link } from "@/i18n/navigation";
import { routing, toLocale } from "@/i18n/routing";
import { getRegion } from "@/lib/data/helplines";
import { CONTACT_TYPES, TOPICS } from "@/lib/helplines/model";
import { pageMetadata } from "@/lib/metadata";
import { pluralTemplates } from "@/lib/plural";
import { languageName, regionName } from "@/lib/region-names";
import { ISO_REGION_CODES, parseRegionCode } from "@/lib/regions";

type Params = Promise<{ locale: string; cc: string }>;

// One page per locale and ISO region, all prerendered; regions without data still help.
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => ISO_REGION_CODES.map((code) => ({ locale, cc: code.toLowerCase() })));
}

export async function generateMetadata({ params }: { params: Params }) {
  const { locale: raw, cc } = await params;
  const locale = toLocale(raw);
  const t = await getTranslations({ locale, namespace: "Region" });
  const name = regionName(cc, locale);
  return pageMetadata(locale, `/helplines/${cc}`, t("metaTitle", { region: name }), t("metaDescription", { region: name }));
}

const DIRECTORIES = [
  { key: "findahelpline", url: "https://findahelpline.com" },
  { key: "befrienders", url: "https://befrienders.org" },
  { key: "iasp", url: "https://www.iasp.info/crisis-centres-helplines/" },
] as const;

export default async function RegionPage({ params }: { params: Params }) {
  const { locale: raw, cc } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const code = parseRegionCode(cc);
  if (!code || cc !== cc.toLowerCase()) notFound();

  const t = await getTranslations("Region");
  const name = regionName(code, locale);
  const region = await getRegion(code, locale);

  const directories = (
    <section aria-labelledby="directories-heading">
      <h2 id="directories-heading">{t("directoriesHeading")}</h2>
      <p>{t("directoriesIntro")}</p>
      <ul>
        {DIRECTORIES.map((d) => (
          <li key={d.key}>
            <a href={d.url} rel="noreferrer">
              {t(`directories.${d.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );

  if (!region) {
    return (
      <div className={styles.narrow}>
        <h1>{t("title", { region: name })}</h1>
        <p className={styles.lead}>{t("noData", { region: name })}</p>
        <p>
          <strong>{t("noDataEmergency")}</strong>
        </p>
        {directories}
        <p>
          <Link href="/helplines">{t("otherRegion")}</Link>
        </p>
      </div>
    );
  }

  const helplines = region.helplines;
  const present = <T extends string>(all: readonly T[], has: (v: T) => boolean) => all.filter(has);
  const topics: FilterOption[] = present(TOPICS, (v) => helplines.some((h) => h.topics.includes(v))).map((v) => ({
    value: v,
    label: t(`topics.${v}`),
  }));
  const contacts: FilterOption[] = present(CONTACT_TYPES, (v) => helplines.some((h) => h.contacts.some((c) => c.type === v))).map((v) => ({
    value: v,
    label: t(`contactTypes.${v}`),
  }));
  const primary = (tag: string) => tag.split("-")[0].toLowerCase();
  const languages: FilterOption[] = [...new Set(helplines.flatMap((h) => h.languages.map(primary)))]
    .map((v) => ({ value: v, label: languageName(v, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));

  return (
    <div>
      <h1>{t("title", { region: name })}</h1>
      <EmergencyPanel numbers={region.emergency} locale={locale} />
      <h2>{t("helplinesHeading")}</h2>
      {!helplines.some((h) => isSupportLine(h.topics)) && (
        <p className={styles.noSupport}>
          <strong>{t("noSupportLine", { region: name })}</strong>
        </p>
      )}
      <HelplineFilters
        locale={locale}
        items={helplines.map((h) => ({
          id: h.id,
          topics: h.topics,
          contacts: h.contacts.map((c) => c.type),
          languages: h.languages.map(primary),
          hours: h.hours,
          timeZone: h.timeZone,
        }))}
        cards={await Promise.all(helplines.map(async (h) => <HelplineCard key={h.id} helpline={h} locale={locale} regionCode={code} />))}
        options={{ topics, contacts, languages }}
        strings={{
          heading: t("filters.heading"),
          topic: t("filters.topic"),
          contact: t("filters.contact"),
          language: t("filters.language"),
          openNow: t("filters.openNow"),
          any: t("filters.any"),
          reset: t("filters.reset"),
          count: pluralTemplates((count) => t("helplineCount", { count }), locale),
        }}
      />
      <p>
        <RememberRegion code={code} label={t("rememberRegion")} savedLabel={t("remembered")} />
      </p>
      <p>
        <Link href="/helplines">{t("otherRegion")}</Link>
      </p>
      {directories}
    </div>
  );
}
