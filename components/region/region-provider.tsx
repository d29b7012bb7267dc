"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { storeValue, useBrowserConstant, useStoredValue } from "@/lib/browser-state";
import { guessRegion, type RegionGuess } from "@/lib/region-guess";

// Which region the reader wants help in: the one they chose (saved in localStorage on their
// device, never a cookie) or else a guess from their browser's time zone and languages.
// Pages are static, so this is settled in the browser after the first paint, from the
// prerendered /api/help-box data (one small file, cached by the service worker for offline).

export type RegionInfo = {
  code: string;
  name: string;
  emergency: { dial: string; display: string } | null;
  top: { name: string; type: "phone" | "sms"; dial: string; display: string; keyword: string | null } | null;
};

type HelpData = { regions: Array<Omit<RegionInfo, "name">>; zones: Record<string, string> };

type ReaderRegion = {
  region: RegionInfo | null;
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

export function RegionProvider({ locale, children }: { locale: string; children: ReactNode }) {
  const [data, setData] = useState<HelpData | null>(null);
  useEffect(() => {
    let live = true;
    loadHelpData().then((d) => live && setData(d));
    return () => {
      live = false;
    };
  }, []);

  const byCode = useMemo(() => {
    if (!data) return {} as Record<string, RegionInfo>;
    const names = new Intl.DisplayNames([locale], { type: "region" });
    return Object.fromEntries(data.regions.map((r) => [r.code, { ...r, name: names.of(r.code) ?? r.code }]));
  }, [data, locale]);

  const stored = useStoredValue(STORAGE_KEY);
  const saved = stored && byCode[stored] ? stored : null;
  // Encoded as "GB:timeZone" so the snapshot is a stable string.
  const zoneTable = data?.zones;
  const guessKey = useBrowserConstant(() => {
    if (!zoneTable) return null;
    const g = guessRegion(
      { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, languages: navigator.languages },
      zoneTable,
      new Set(Object.keys(byCode)),
    );
    return g ? `${g.code}:${g.reason}` : null;
  });
  const guess = useMemo<RegionGuess | null>(() => {
    if (!guessKey) return null;
    const [code, reason] = guessKey.split(":");
    return byCode[code] ? { code, reason: reason as RegionGuess["reason"] } : null;
  }, [guessKey, byCode]);

  const save = useCallback((code: string) => storeValue(STORAGE_KEY, code), []);
  const forget = useCallback(() => storeValue(STORAGE_KEY, null), []);

  const value = useMemo<ReaderRegion>(() => {
    const code = saved ?? guess?.code ?? null;
    return {
      region: code ? (byCode[code] ?? null) : null,
      source: saved ? "saved" : guess ? "guess" : null,
      guess,
      save,
      forget,
    };
  }, [saved, guess, byCode, save, forget]);

  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useReaderRegion(): ReaderRegion {
  const value = useContext(Context);
  if (!value) throw new Error("useReaderRegion needs a RegionProvider above it");
  return value;
}
