"use client";

import { createContext, useCallback, useContext, useMemo, type ReactNode } from "react";
import { storeValue, useBrowserConstant, useStoredValue } from "@/lib/browser-state";
import { guessRegion, type RegionGuess } from "@/lib/region-guess";

// Which region the reader wants help in: the one they chose (saved in localStorage on their
// device, never a cookie) or else a guess from their browser's time zone and languages.
// Pages are static, so this is settled in the browser after the first paint.

export type RegionInfo = {
  code: string;
  name: string;
  emergency: { dial: string; display: string } | null;
  top: { name: string; type: "phone" | "sms"; dial: string; display: string; keyword: string | null } | null;
};

type ReaderRegion = {
  region: RegionInfo | null;
  source: "saved" | "guess" | null;
  guess: RegionGuess | null;
  regions: Readonly<Record<string, RegionInfo>>;
  save: (code: string) => void;
  forget: () => void;
};

const STORAGE_KEY = "steady.region";
const Context = createContext<ReaderRegion | null>(null);

export function RegionProvider({
  regions,
  zoneRegions,
  children,
}: {
  regions: RegionInfo[];
  zoneRegions: Record<string, string>;
  children: ReactNode;
}) {
  const byCode = useMemo(() => Object.fromEntries(regions.map((r) => [r.code, r])), [regions]);
  const stored = useStoredValue(STORAGE_KEY);
  const saved = stored && byCode[stored] ? stored : null;
  // Encoded as "GB:timeZone" so the snapshot is a stable string.
  const guessKey = useBrowserConstant(() => {
    const g = guessRegion(
      { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, languages: navigator.languages },
      zoneRegions,
      new Set(Object.keys(byCode)),
    );
    return g ? `${g.code}:${g.reason}` : null;
  });
  const guess = useMemo<RegionGuess | null>(() => {
    if (!guessKey) return null;
    const [code, reason] = guessKey.split(":");
    return { code, reason: reason as RegionGuess["reason"] };
  }, [guessKey]);

  const save = useCallback((code: string) => storeValue(STORAGE_KEY, code), []);
  const forget = useCallback(() => storeValue(STORAGE_KEY, null), []);

  const value = useMemo<ReaderRegion>(() => {
    const code = saved ?? guess?.code ?? null;
    return {
      region: code ? (byCode[code] ?? null) : null,
      source: saved ? "saved" : guess ? "guess" : null,
      guess,
      regions: byCode,
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
