"use client";

import { useMemo, type ReactNode } from "react";
import { replaceSearch, useMinute, useSearch } from "@/lib/browser-state";
import { isOpenNow } from "@/lib/helplines/hours";
import type { Hours } from "@/lib/helplines/model";
import { pickPlural, type PluralTemplates } from "@/lib/plural";
import styles from "./helpline-filters.module.css";

export type FilterItem = { id: string; topics: string[]; contacts: string[]; languages: string[]; hours: Hours; timeZone: string };
export type FilterOption = { value: string; label: string };
export type FilterStrings = {
  heading: string;
  topic: string;
  contact: string;
  language: string;
  openNow: string;
  any: string;
  reset: string;
  count: PluralTemplates;
};

type State = { topic: string; contact: string; language: string; openNow: boolean };
const EMPTY: State = { topic: "", contact: "", language: "", openNow: false };

type Options = { topics: FilterOption[]; contacts: FilterOption[]; languages: FilterOption[] };

function fromSearch(search: string, options: Options): State {
  const params = new URLSearchParams(search);
  const pick = (key: string, list: FilterOption[]) => {
    const value = params.get(key) ?? "";
    return list.some((o) => o.value === value) ? value : ""; // ignore values this region does not have
  };
  return {
    topic: pick("topic", options.topics),
    contact: pick("contact", options.contacts),
    language: pick("language", options.languages),
    openNow: params.get("openNow") === "true",
  };
}

// Filters for a region's helplines, applied without a reload and written to the URL (the same
// parameter names as /api/helplines) so a filtered view can be shared or bookmarked.
export function HelplineFilters({
  items,
  cards,
  options,
  strings,
  locale,
}: {
  items: FilterItem[];
  cards: ReactNode[];
  options: Options;
  strings: FilterStrings;
  locale: string;
}) {
  // The URL is the one source of truth for the filters: shareable, and kept by the language switcher.
  const search = useSearch();
  const state = useMemo(() => fromSearch(search, options), [search, options]);
  const minute = useMinute();

  const update = (next: State) => {
    const params = new URLSearchParams();
    if (next.topic) params.set("topic", next.topic);
    if (next.contact) params.set("contact", next.contact);
    if (next.language) params.set("language", next.language);
    if (next.openNow) params.set("openNow", "true");
    const query = params.toString();
    replaceSearch(query ? `?${query}` : "");
  };

  const visible = useMemo(
    () =>
      items.map(
        (item) =>
          (!state.topic || item.topics.includes(state.topic)) &&
          (!state.contact || item.contacts.includes(state.contact)) &&
          (!state.language || item.languages.includes(state.language)) &&
          (!state.openNow || minute === null || isOpenNow(item.hours, item.timeZone, new Date(minute))),
      ),
    [items, state, minute],
  );
  const count = visible.filter(Boolean).length;
  const active = state.topic || state.contact || state.language || state.openNow;

  const select = (id: keyof Omit<State, "openNow">, label: string, list: FilterOption[]) => (
    <div className={styles.field}>
      <label htmlFor={`filter-${id}`}>{label}</label>
      <select id={`filter-${id}`} value={state[id]} onChange={(e) => update({ ...state, [id]: e.target.value })}>
        <option value="">{strings.any}</option>
        {list.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <form className={styles.filters} aria-labelledby="filters-heading" onSubmit={(e) => e.preventDefault()}>
        <h2 id="filters-heading" className={styles.heading}>
          {strings.heading}
        </h2>
        <div className={styles.fields}>
          {select("topic", strings.topic, options.topics)}
          {select("contact", strings.contact, options.contacts)}
          {options.languages.length > 1 && select("language", strings.language, options.languages)}
          <div className={`${styles.field} ${styles.check}`}>
            <input
              id="filter-open"
              type="checkbox"
              checked={state.openNow}
              onChange={(e) => update({ ...state, openNow: e.target.checked })}
            />
            <label htmlFor="filter-open">{strings.openNow}</label>
          </div>
        </div>
        {active && (
          <button type="button" className={styles.reset} onClick={() => update(EMPTY)}>
            {strings.reset}
          </button>
        )}
      </form>
      <p role="status" className={styles.count}>
        {pickPlural(strings.count, count, locale)}
      </p>
      <div>{cards.map((card, i) => (visible[i] ? <div key={items[i].id}>{card}</div> : null))}</div>
    </>
  );
}
