import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import { languageTag } from "@/i18n/locales";
import { helplineSummary, type SummaryStrings } from "@/lib/helplines/summary";
import { textIn, type Contact, type Helpline } from "@/lib/data/helplines";
import { formatClock, timeZoneLabel, weekdayName } from "@/lib/clock";
import { groupSchedule } from "@/lib/helplines/hours";
import { mailtoHref, smsHref, telHref, whatsappHref } from "@/lib/helplines/phone";
import { ltr } from "@/lib/format";
import { REPORT_EMAIL } from "@/lib/site";
import { languageName, regionName } from "@/lib/region-names";
import { HoursStatus } from "./hours-status";
import styles from "./helpline-card.module.css";

export async function HelplineCard({ helpline: h, locale, regionCode }: { helpline: Helpline; locale: string; regionCode: string }) {
  const t = await getTranslations("Region");
  const messages = await getMessages();
  const summaryStrings = messages.HelplineSummary as SummaryStrings;
  const languageList = (tags: readonly string[]) =>
    new Intl.ListFormat(locale, { type: "conjunction" }).format([...new Set(tags.map((tag) => languageName(tag, locale)))]);
  const format = await getFormatter();
  const checked = format.dateTime(new Date(`${h.checkedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });

  const costParts = [t(`cost.${h.cost}`)];
  if (h.freeFromMobile === true && h.cost !== "free") costParts.push(t("cost.freeFromMobile"));
  if (h.freeFromMobile === false) costParts.push(t("cost.notFreeFromMobile"));
  if (h.reachableFromAbroad === false) costParts.push(t("cost.notFromAbroad"));
  if (h.reachableFromAbroad === true) costParts.push(t("cost.fromAbroad"));

  // Who can dial a number, or how, and its cost when it differs from the line's: beside the button.
  const about = (c: Contact) => {
    const parts = [textIn(c.note, locale), c.cost && c.cost !== h.cost ? t(`cost.${c.cost}`) : null].filter(Boolean);
    return parts.length ? <span className={styles.contactNote}>{parts.join(" · ")}</span> : null;
  };

  return (
    <article className={styles.card} aria-labelledby={`helpline-${h.id}`} id={h.slug}>
      <h3 id={`helpline-${h.id}`} className={styles.name}>
        {h.name}
      </h3>
      {h.descriptionLocale === locale ? (
        <p className={styles.description}>{h.description}</p>
      ) : (
        <>
          {/* No editor's text in this language: a summary from the record's fields, then the editor's own words. */}
          <p className={styles.description}>{helplineSummary(h, summaryStrings, languageList)}</p>
          <p className={styles.original} lang={languageTag(h.descriptionLocale)}>
            {h.description}
          </p>
        </>
      )}
      <ul className={styles.contacts}>
        {h.contacts.map((c, i) => {
          const primary = i === 0 ? styles.primary : "";
          switch (c.type) {
            case "phone":
              return (
                <li key={i}>
                  <a className={`${styles.button} ${primary}`} href={telHref(c.dial!)}>
                    {t("card.call", { number: ltr(c.display!) })}
                  </a>
                  {about(c)}
                </li>
              );
            case "sms":
              return (
                <li key={i}>
                  <a className={`${styles.button} ${primary}`} href={smsHref(c.dial!, c.keyword)}>
                    {c.keyword
                      ? t("card.textKeyword", { keyword: ltr(c.keyword), number: ltr(c.display!) })
                      : t("card.text", { number: ltr(c.display!) })}
                  </a>
                  {about(c)}
                </li>
              );
            case "whatsapp":
              return (
                <li key={i}>
                  <a className={`${styles.button} ${primary}`} href={whatsappHref(c.dial!)} rel="noreferrer">
                    {t("card.whatsapp", { number: ltr(c.display!) })}
                  </a>
                </li>
              );
            case "chat":
              return (
                <li key={i}>
                  <a className={`${styles.button} ${primary}`} href={c.url!} rel="noreferrer">
                    {t("card.chat")} <span className="visually-hidden">{t("card.opensNewSite")}</span>
                  </a>
                </li>
              );
            case "email":
              return (
                <li key={i}>
                  <a className={`${styles.button} ${styles.secondary} ${primary}`} href={mailtoHref(c.address!)}>
                    {t("card.email")}: <bdi>{c.address}</bdi>
                  </a>
                </li>
              );
            case "web":
              return (
                <li key={i}>
                  <a className={`${styles.button} ${styles.secondary} ${primary}`} href={c.url!} rel="noreferrer">
                    {t("card.web")} <span className="visually-hidden">{t("card.opensNewSite")}</span>
                  </a>
                </li>
              );
          }
        })}
      </ul>
      <dl className={styles.facts}>
        <div>
          <dt>{t("card.hoursHeading")}</dt>
          <dd>
            {h.hours.type === "always" && <span className={`${styles.status} ${styles.open}`}>{t("hours.always")}</span>}
            {h.hours.type === "unknown" && t("hours.unknown")}
            {h.hours.type === "weekly" && (
              <>
                <HoursStatus
                  hours={h.hours}
                  timeZone={h.timeZone}
                  locale={locale}
                  strings={{
                    openNow: t.raw("hours.openNow") as string,
                    openUntil: t.raw("hours.openUntil") as string,
                    closed: t.raw("hours.closed") as string,
                    closedOpens: t.raw("hours.closedOpens") as string,
                  }}
                />
                <span className={styles.zone}>{t("hours.scheduleLabel", { zone: timeZoneLabel(h.timeZone, locale) })}</span>
                <ul className={styles.schedule}>
                  {groupSchedule(h.hours).map((row) => (
                    <li key={row.from}>
                      {weekdayName(row.from, locale)}
                      {row.to !== row.from && `–${weekdayName(row.to, locale)}`}:{" "}
                      {row.ranges.map(([s, e]) => `${formatClock(s, locale)}–${formatClock(e, locale)}`).join(", ")}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("card.languagesHeading")}</dt>
          <dd>
            {format.list(
              h.languages.map((l) => languageName(l, locale)),
              { type: "conjunction" },
            )}
          </dd>
        </div>
        <div>
          <dt>{t("card.costHeading")}</dt>
          <dd>{costParts.join(". ")}</dd>
        </div>
        <div>
          <dt>{t("card.topicsHeading")}</dt>
          <dd>
            {format.list(
              h.topics.map((topic) => t(`topics.${topic}`)),
              { type: "conjunction" },
            )}
          </dd>
        </div>
      </dl>
      <p className={styles.meta}>
        {t("card.lastChecked", { date: checked })}
        {" · "}
        <a href={h.sourceUrl} rel="noreferrer">
          {t("card.source")}
        </a>
        {" · "}
        <a
          href={mailtoHref(
            REPORT_EMAIL,
            t("card.reportSubject", { name: h.name, region: regionName(regionCode, locale) }),
            `${t("card.reportBody")}\n\n${h.id} (${h.checkedOn})\n${h.sourceUrl}`,
          )}
        >
          {t("card.report")}
        </a>
      </p>
    </article>
  );
}
