"use client";

import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { storeValue, useStoredValue } from "@/lib/browser-state";
import { guessRegion, type RegionGuess } from "@/lib/region-guess";

// Which region the reader wants help in: the one they chose (saved in localStorage on their
// device, never a cookie) or else a guess from their browser's time zone and languages.
// Pages are static, so this is settled in the browser after the first paint, from the
// prerendered /api/help-box data (one small file, cached by the service worker for offline).

export type RegionInfo = {
  code: string;
  name: string;
  emergency: { dial: string; display: string; area: Record<string, string> | null } | null;
  heart: { dial: string; display: string } | null;
  top: { name: string; type: "phone" | "sms"; dial: string; display: string; keyword: string | null } | null;
};

type HelpData = {
  regions: Array<Omit<RegionInfo, "name">>;
  zones: Record<string, string>;
  names?: Record<string, Record<string, string>>;
};

type ReaderRegion = {
  region: RegionInfo | null;
  or: string; // the word between two numbers ("15 or 112") in the page's language
  source: "saved" | "guess" | null;
  guess: RegionGuess | null;
  save: (code: string) => void;
  forget: () => void;
};

const STORAGE_KEY = "steady.region";
const Context = createContext<ReaderRegion | null>(null);

let helpData: Promise<HelpData | null> | null = null;
function loadHelpData(): Promise<HelpData | null> {
  helpData ??= fetch("/api/help-box")
    .then((r) => (r.ok ? (r.json() as Promise<HelpData>) : null))
    .catch(() => null);
  return helpData;
}

export function RegionProvider({ locale, or, children }: { locale: string; or: string; children: ReactNode }) {
  const [data, setData] = useState<HelpData | null>(null);
  const [guessed, setGuessed] = useState<RegionGuess | null>(null);
  useEffect(() => {
    let live = true;
    loadHelpData().then((d) => {
      if (!live || !d) return;
      // On a slow phone, starting Intl to read the time zone takes tens of milliseconds, so it
      // runs in a task of its own rather than inside React's render; and the update is a
      // transition, so React does it in small slices. Neither blocks the reader's first taps.
      setTimeout(() => {
        if (!live) return;
        const guess = guessRegion(
          { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, languages: navigator.languages },
          d.zones,
          new Set(d.regions.map((r) => r.code)),
        );
        startTransition(() => {
          setData(d);
          setGuessed(guess);
        });
      }, 0);
    });
    return () => {
      live = false;
    };
  }, []);

  const byCode = useMemo(() => {
    if (!data) return {} as Record<string, RegionInfo>;
    // A copy kept offline by the service worker from before names were added has none.
    const names = data.names?.[locale] ?? {};
    return Object.fromEntries(data.regions.map((r) => [r.code, { ...r, heart: r.heart ?? null, name: names[r.code] ?? r.code }]));
  }, [data, locale]);

  const stored = useStoredValue(STORAGE_KEY);
  const saved = stored && byCode[stored] ? stored : null;
  const guess = guessed && byCode[guessed.code] ? guessed : null;

  const save = useCallback((code: string) => storeValue(STORAGE_KEY, code), []);
  const forget = useCallback(() => storeValue(STORAGE_KEY, null), []);

  const value = useMemo<ReaderRegion>(() => {
    const code = saved ?? guess?.code ?? null;
    return {
      region: code ? (byCode[code] ?? null) : null,
      or,
      source: saved ? "saved" : guess ? "guess" : null,
      guess,
      save,
      forget,
    };
  }, [saved, guess, byCode, save, forget, or]);

  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useReaderRegion(): ReaderRegion {
  const value = useContext(Context);
  if (!value) throw new Error("useReaderRegion needs a RegionProvider above it");
  return value;
}
