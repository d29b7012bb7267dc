"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
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

function readSaved(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked: behave as if nothing was saved
  }
}

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
  const [saved, setSaved] = useState<string | null>(null);
  const [guess, setGuess] = useState<RegionGuess | null>(null);

  useEffect(() => {
    const stored = readSaved();
    if (stored && byCode[stored]) setSaved(stored);
    setGuess(
      guessRegion(
        { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, languages: navigator.languages },
        zoneRegions,
        new Set(Object.keys(byCode)),
      ),
    );
  }, [byCode, zoneRegions]);

  const save = useCallback((code: string) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, code);
    } catch {
      /* storage blocked: the choice lasts for this page only */
    }
    setSaved(code);
  }, []);

  const forget = useCallback(() => {
    try {
      window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      /* nothing saved */
    }
    setSaved(null);
  }, []);

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
