import crypto from "node:crypto";
import { getTranslations } from "next-intl/server";
import { getRegionSummaries, textIn } from "@/lib/data/helplines";
import { databaseVersion } from "@/lib/db";
import { REGION_STORAGE_KEY } from "@/lib/region-guess";
import { regionName } from "@/lib/region-names";
import { TIME_ZONE_REGIONS } from "@/lib/time-zone-regions";
import { encodeHelpData, type HelpBoxData } from "@/lib/help-data";
import { escapeHtml } from "@/lib/html";
import { HELP_BOX_FILL, helpBoxScript } from "./help-box-script";
import styles from "./help-box.module.css";

export type HelpBoxStrings = HelpBoxData["strings"] & {
  heading: string;
  emergencyFallback: string;
  chooseRegion: string;
  allHelplines: string;
};

// Where a region has no support line we could verify, the reader still gets somewhere to look:
// the two international directories of crisis lines (links only; nothing is fetched from them).
export const INTERNATIONAL_DIRECTORIES = [
  { name: "Find A Helpline", url: "https://findahelpline.com" },
  { name: "Befrienders Worldwide", url: "https://befrienders.org" },
] as const;

const HELP_BOX_KEYS = [
  "heading",
  "emergencyFallback",
  "chooseRegion",
  "allHelplines",
  "call",
  "text",
  "emergencyLead",
  "noSupportLine",
  "directories",
  "regionGuessed",
  "regionChosen",
  "change",
  "moreHelplines",
  "or",
] as const satisfies ReadonlyArray<keyof HelpBoxStrings>;

async function helpBoxData(locale: string, strings: HelpBoxStrings): Promise<HelpBoxData> {
  const summaries = await getRegionSummaries();
  const codes = new Set<string>(summaries.map((r) => r.code));
  return {
    zones: Object.fromEntries(Object.entries(TIME_ZONE_REGIONS).filter(([, cc]) => codes.has(cc))),
    regions: Object.fromEntries(
      summaries.map((r) => [
        r.code,
        {
          name: regionName(r.code, locale),
          emergency: r.emergency ? { dial: r.emergency.dial, display: r.emergency.display, area: textIn(r.emergency.area, locale) } : null,
          heart: r.heart,
          // The box is small: a name's other-language form in brackets stays on the region page.
          top: r.top ? { ...r.top, name: r.top.name.replace(/\s*[(（[].*$/u, "") || r.top.name } : null,
        },
      ]),
    ),
    strings: {
      call: strings.call,
      text: strings.text,
      emergencyLead: strings.emergencyLead,
      noSupportLine: strings.noSupportLine,
      directories: strings.directories,
      regionGuessed: strings.regionGuessed,
      regionChosen: strings.regionChosen,
      change: strings.change,
      moreHelplines: strings.moreHelplines,
      or: strings.or,
    },
    classes: {
      actions: styles.actions,
      line: styles.line,
      name: styles.name,
      call: styles.call,
      emergency: styles.emergency,
      area: styles.area,
      directories: styles.directories,
      meta: styles.meta,
    },
    directory: `/${locale}/helplines`,
    directoryLinks: INTERNATIONAL_DIRECTORIES,
    storageKey: REGION_STORAGE_KEY,
  };
}

// Built once per locale and database version, not once per page: every page of the build asks for it.
const assets = new Map<string, Promise<{ source: string; version: string }>>();

/** The help box script for a locale, and the version that goes into its address (a content hash). */
export function helpBoxAsset(locale: string): Promise<{ source: string; version: string }> {
  const key = `${databaseVersion()}|${locale}`;
  let asset = assets.get(key);
  if (!asset) {
    asset = (async () => {
      const t = await getTranslations({ locale, namespace: "HelpBox" });
      const strings = Object.fromEntries(HELP_BOX_KEYS.map((k) => [k, t.raw(k) as string])) as HelpBoxStrings;
      const source = helpBoxScript(encodeHelpData(await helpBoxData(locale, strings)));
      return { source, version: crypto.createHash("sha256").update(source).digest("hex").slice(0, 12) };
    })();
    asset.catch(() => assets.delete(key)); // never keep a failure
    assets.set(key, asset);
  }
  return asset;
}

/** In <head>: the help box script, which blocks the first paint as the stylesheet does, so the box is painted filled in. */
export async function HelpBoxHead({ locale }: { locale: string }) {
  const { version } = await helpBoxAsset(locale);
  // Synchronous on purpose: the reader's number must be in the first paint (issue: time to number).
  // eslint-disable-next-line @next/next/no-sync-scripts
  return <script src={`/help-box/${locale}.js?v=${version}`} />;
}

// The compact "Need to talk now?" box on every page. The static HTML holds the region-free version
// (a link to the directory: one tap to a number, with or without JavaScript); the line after it
// fills in the reader's region before the box is first painted (help-box-script.ts).
export function HelpBox({ strings, locale }: { strings: HelpBoxStrings; locale: string }) {
  const directory = `/${locale}/helplines`;
  // Set as HTML, not as React children: the inline script replaces it, and React must not
  // compare or restore it when the page hydrates.
  const fallback =
    `<div class="${styles.actions}"><p class="${styles.line}">${escapeHtml(strings.emergencyFallback)}</p>` +
    `<p class="${styles.line}"><a class="${styles.call}" href="${directory}">${escapeHtml(strings.allHelplines)}</a></p></div>` +
    `<p class="${styles.meta}">${escapeHtml(strings.chooseRegion)}</p>`;

  return (
    <aside className={styles.box} aria-labelledby="help-box-heading" id="help-box">
      <h2 id="help-box-heading" className={styles.heading}>
        {strings.heading}
      </h2>
      <div className={styles.body} data-help-body="" dangerouslySetInnerHTML={{ __html: fallback }} />
      <script dangerouslySetInnerHTML={{ __html: HELP_BOX_FILL }} />
    </aside>
  );
}
