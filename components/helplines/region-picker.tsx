"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useReaderRegion } from "@/components/region/region-provider";
import { fill } from "@/lib/format";
import { pickPlural, type PluralTemplates } from "@/lib/plural";
import styles from "./region-picker.module.css";

export type PickerRegion = { code: string; name: string; englishName: string; hasData: boolean };

export type PickerStrings = {
  searchLabel: string;
  searchHint: string;
  resultsCount: PluralTemplates;
  withData: string;
  withoutData: string;
  withoutDataHint: string;
  guess: string;
  guessReasonTimeZone: string;
  guessReasonLanguage: string;
  guessUse: string;
  saved: string;
  savedHint: string;
  forget: string;
  noGuess: string;
};

// Strip accents and case so "mexico" finds "México" and "cote" finds "Côte d’Ivoire".
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

// The searchable region list on /helplines. Without JavaScript it is a plain list of links;
// with it, typing filters the list and Enter opens the first match.
export function RegionPicker({ regions, strings, locale }: { regions: PickerRegion[]; strings: PickerStrings; locale: string }) {
  const [query, setQuery] = useState("");
  const router = useRouter();
  const { region, source, guess, forget } = useReaderRegion();
  const base = `/${locale}/helplines`;
  // The reader's region by name, from this page's own list (the help box data carries no names).
  const name = region ? (regions.find((r) => r.code === region.code)?.name ?? region.code) : "";

  const matches = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return regions;
    return regions.filter((r) => fold(r.name).includes(q) || fold(r.englishName).includes(q) || r.code.toLowerCase() === q);
  }, [query, regions]);

  const withData = matches.filter((r) => r.hasData);
  const without = matches.filter((r) => !r.hasData);
  const count = matches.length;
  const countText = pickPlural(strings.resultsCount, count, locale);

  return (
    <div>
      {/* Always rendered, at a reserved height: the guess arrives after the first paint and
          must not push the search box down. */}
      <div
        className={styles.suggestion}
        role="region"
        aria-label={
          region ? (source === "saved" ? fill(strings.saved, { region: name }) : fill(strings.guess, { region: name })) : strings.noGuess
        }
      >
        {!region ? (
          <p className={styles.suggestionTitle}>{strings.noGuess}</p>
        ) : source === "saved" ? (
          <>
            <p className={styles.suggestionTitle}>{fill(strings.saved, { region: name })}</p>
            <p className={styles.small}>{strings.savedHint}</p>
          </>
        ) : (
          <>
            <p className={styles.suggestionTitle}>{fill(strings.guess, { region: name })}</p>
            <p className={styles.small}>{guess?.reason === "timeZone" ? strings.guessReasonTimeZone : strings.guessReasonLanguage}</p>
          </>
        )}
        {region && (
          <p className={styles.actions}>
            <a className={styles.go} href={`${base}/${region.code.toLowerCase()}`}>
              {fill(strings.guessUse, { region: name })}
            </a>
            {source === "saved" && (
              <button type="button" className={styles.forget} onClick={forget}>
                {strings.forget}
              </button>
            )}
          </p>
        )}
      </div>

      <div className={styles.search}>
        <label htmlFor="region-search" className={styles.label}>
          {strings.searchLabel}
        </label>
        <p id="region-search-hint" className={styles.small}>
          {strings.searchHint}
        </p>
        <input
          id="region-search"
          type="search"
          className={styles.input}
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="region-search-hint region-search-count"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && matches.length > 0) {
              e.preventDefault();
              router.push(`${base}/${matches[0].code.toLowerCase()}`);
            }
          }}
        />
        <p id="region-search-count" role="status" className={styles.small}>
          {countText}
        </p>
      </div>

      <RegionList id="with-data" heading={strings.withData} regions={withData} base={base} />
      <RegionList id="without-data" heading={strings.withoutData} hint={strings.withoutDataHint} regions={without} base={base} compact />
    </div>
  );
}

function RegionList({
  id,
  heading,
  hint,
  regions,
  base,
  compact = false,
}: {
  id: string;
  heading: string;
  hint?: string;
  regions: PickerRegion[];
  base: string;
  compact?: boolean;
}) {
  if (regions.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {hint && <p className={styles.small}>{hint}</p>}
      <ul className={compact ? `${styles.list} ${styles.compact}` : styles.list}>
        {regions.map((r) => (
          <li key={r.code}>
            <a className={styles.regionLink} href={`${base}/${r.code.toLowerCase()}`}>
              {r.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
