"use client";

import { usePathname } from "next/navigation";
import { createContext, startTransition, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { storeValue, useStoredValue } from "@/lib/browser-state";
import type { HelpBoxData, HelpState } from "@/lib/help-data";
import { REGION_STORAGE_KEY, type RegionGuess } from "@/lib/region-guess";

// Which region the reader wants help in: the one they chose (saved in localStorage on their
// device, never a cookie) or else a guess from their browser's time zone and languages.
// Pages are static, so this is settled in the browser, from the help box's data (loaded in <head>
// by /help-box/{locale}.js, which fills the help box itself before the first paint with the same guess).

export type RegionInfo = HelpBoxData["regions"][string] & { code: string };

type ReaderRegion = {
  region: RegionInfo | null;
  or: string; // the word between two numbers ("15 or 112") in the page's language
  source: "saved" | "guess" | null;
  guess: RegionGuess | null;
  save: (code: string) => void;
  forget: () => void;
};

const STORAGE_KEY = REGION_STORAGE_KEY;
const Context = createContext<ReaderRegion | null>(null);

export function RegionProvider({ or, children }: { or: string; children: ReactNode }) {
  const [data, setData] = useState<HelpState | null>(null);
  useEffect(() => {
    // Left by the help box script in <head> (/help-box/{locale}.js), which has already decoded the
    // data and made the guess before the first paint. The update is a transition, so React does it
    // in small slices and the reader's first taps are not held up.
    const state = (window as unknown as { steadyHelp?: HelpState }).steadyHelp;
    if (state) startTransition(() => setData(state));
  }, []);
  const guessed: RegionGuess | null = data?.guess ?? null;
  // After a move to another page inside the site, the help box script fills the new page's
  // emergency numbers (EmergencyText); the first page's were filled when it loaded.
  const pathname = usePathname();
  useEffect(() => {
    (window as unknown as { steadyHelpFill?: () => void }).steadyHelpFill?.();
  }, [pathname]);

  const byCode = useMemo(() => {
    if (!data) return {} as Record<string, RegionInfo>;
    return Object.fromEntries(Object.entries(data.regions).map(([code, r]) => [code, { ...r, code }])) as Record<string, RegionInfo>;
  }, [data]);

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
