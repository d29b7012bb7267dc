import { getFormatter, getTranslations } from "next-intl/server";
import { textIn, type EmergencyNumber } from "@/lib/data/helplines";
import { ltr } from "@/lib/format";
import { telHref } from "@/lib/helplines/phone";
import styles from "./emergency-panel.module.css";

// First thing on a region page: the number to call when someone is in danger now.
export async function EmergencyPanel({ numbers, locale }: { numbers: EmergencyNumber[]; locale: string }) {
  const t = await getTranslations("Region");
  const format = await getFormatter();
  const [first, ...others] = numbers;
  // Where it works and how to dial it, when the data says: a reader must not find out on the call.
  const about = (n: EmergencyNumber) =>
    [textIn(n.area, locale), textIn(n.note, locale), n.chestPain ? t("chestPainNumber") : null].filter(Boolean).join(" ");
  return (
    <section className={styles.panel} aria-labelledby="emergency-heading">
      <h2 id="emergency-heading" className={styles.heading}>
        {t("emergencyHeading")}
      </h2>
      <p className={styles.primary}>
        <a className={styles.call} href={telHref(first.dial)}>
          {t("emergencyCall", { number: ltr(first.display) })}
        </a>
        <span className={styles.service}>{t(`services.${first.service}`)}</span>
      </p>
      {about(first) && <p className={styles.about}>{about(first)}</p>}
      {others.length > 0 && (
        <ul className={styles.others}>
          {others.map((n) => (
            <li key={`${n.service}-${n.dial}`}>
              <span className={styles.service}>{t(`services.${n.service}`)}</span>{" "}
              <a href={telHref(n.dial)} className={styles.otherCall}>
                <bdi>{n.display}</bdi>
              </a>
              {about(n) && <span className={styles.about}> {about(n)}</span>}
            </li>
          ))}
        </ul>
      )}
      <p className={styles.meta}>
        {t("emergencyChecked", { date: format.dateTime(new Date(`${first.checkedOn}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }) })}
        {" · "}
        <a href={first.sourceUrl} rel="noreferrer">
          {t("card.source")}
        </a>
      </p>
    </section>
  );
}
