"use client";

import { useReaderRegion } from "@/components/region/region-provider";
import { fill, ltr } from "@/lib/format";
import { smsHref, telHref } from "@/lib/helplines/phone";
import styles from "./help-box.module.css";

export type HelpBoxStrings = {
  heading: string;
  emergencyLead: string;
  call: string;
  text: string;
  emergencyFallback: string;
  chooseRegion: string;
  regionGuessed: string;
  regionChosen: string;
  change: string;
  moreHelplines: string;
  allHelplines: string;
  noSupportLine: string;
  directories: string;
};

// Where a region has no support line we could verify, the reader still gets somewhere to look:
// the two international directories of crisis lines (links only; nothing is fetched from them).
export const INTERNATIONAL_DIRECTORIES = [
  { name: "Find A Helpline", url: "https://findahelpline.com" },
  { name: "Befrienders Worldwide", url: "https://befrienders.org" },
] as const;

// The compact "Need to talk now?" box on every page: the reader's region's emergency number
// and top helpline, or a way to choose a region. Static HTML shows the region-free version.
export function HelpBox({ strings, locale }: { strings: HelpBoxStrings; locale: string }) {
  const { region, source } = useReaderRegion();
  const directory = `/${locale}/helplines`;
  return (
    <aside className={styles.box} aria-labelledby="help-box-heading">
      <h2 id="help-box-heading" className={styles.heading}>
        {strings.heading}
      </h2>
      {region ? (
        <div className={styles.body}>
          <div className={styles.actions}>
            {region.top ? (
              <p className={styles.line}>
                <span className={styles.name}>
                  <bdi>{region.top.name}</bdi>
                </span>
                <a
                  className={styles.call}
                  href={region.top.type === "sms" ? smsHref(region.top.dial, region.top.keyword) : telHref(region.top.dial)}
                >
                  {region.top.type === "sms" && region.top.keyword
                    ? fill(strings.text, { keyword: ltr(region.top.keyword), number: ltr(region.top.display) })
                    : fill(strings.call, { number: ltr(region.top.display) })}
                </a>
              </p>
            ) : (
              <p className={styles.line}>
                <span className={styles.name}>{strings.noSupportLine}</span>
                <span className={styles.directories}>
                  {strings.directories}{" "}
                  {INTERNATIONAL_DIRECTORIES.map((d, i) => (
                    <span key={d.url}>
                      {i > 0 && " · "}
                      <a href={d.url} rel="noreferrer" lang="en">
                        {d.name}
                      </a>
                    </span>
                  ))}
                </span>
              </p>
            )}
            {region.emergency && (
              <p className={styles.line}>
                <span className={styles.name}>{strings.emergencyLead}</span>
                <a className={styles.emergency} href={telHref(region.emergency.dial)}>
                  {fill(strings.call, { number: ltr(region.emergency.display) })}
                </a>
                {region.emergency.area && <span className={styles.area}>{region.emergency.area[locale] ?? region.emergency.area.en}</span>}
              </p>
            )}
          </div>
          <p className={styles.meta}>
            {fill(source === "saved" ? strings.regionChosen : strings.regionGuessed, { region: region.name })}{" "}
            <a href={directory}>{strings.change}</a>
            {" · "}
            <a href={`${directory}/${region.code.toLowerCase()}`}>{fill(strings.moreHelplines, { region: region.name })}</a>
          </p>
        </div>
      ) : (
        <div className={styles.body}>
          <div className={styles.actions}>
            <p className={styles.line}>{strings.emergencyFallback}</p>
            <p className={styles.line}>
              <a className={styles.call} href={directory}>
                {strings.allHelplines}
              </a>
            </p>
          </div>
          <p className={styles.meta}>{strings.chooseRegion}</p>
        </div>
      )}
    </aside>
  );
}
