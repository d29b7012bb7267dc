import { useSyncExternalStore } from "react";

// Hooks for values that only the browser knows (its URL, clock, screen, storage). The server
// snapshot is what the static HTML shows; the browser's value takes over after hydration.

const URL_EVENT = "steady:urlchange";

function subscribeEvents(events: string[]) {
  return (callback: () => void) => {
    events.forEach((e) => window.addEventListener(e, callback));
    return () => events.forEach((e) => window.removeEventListener(e, callback));
  };
}

const subscribeUrl = subscribeEvents(["popstate", "hashchange", URL_EVENT]);

/** location.search (with "?"), or "" while prerendering. */
export function useSearch(): string {
  return useSyncExternalStore(
    subscribeUrl,
    () => window.location.search,
    () => "",
  );
}

/** location.search + location.hash, or "" while prerendering. */
export function useLocationSuffix(): string {
  return useSyncExternalStore(
    subscribeUrl,
    () => window.location.search + window.location.hash,
    () => "",
  );
}

/** Replace the query string without a reload and tell URL listeners (e.g. the language switcher). */
export function replaceSearch(search: string): void {
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}${window.location.hash}`);
  window.dispatchEvent(new Event(URL_EVENT));
}

function subscribeMinute(callback: () => void) {
  const timer = window.setInterval(callback, 15_000);
  return () => window.clearInterval(timer);
}

/** The current minute (ms since epoch, rounded down), or null while prerendering. */
export function useMinute(): number | null {
  return useSyncExternalStore(
    subscribeMinute,
    () => Math.floor(Date.now() / 60_000) * 60_000,
    () => null,
  );
}

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (callback) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", callback);
      return () => list.removeEventListener("change", callback);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

const STORAGE_EVENT = "steady:storage";
const subscribeStorage = subscribeEvents(["storage", STORAGE_EVENT]);

/** A localStorage entry as state (null while prerendering, when unset, or when storage is blocked). */
export function useStoredValue(key: string): string | null {
  return useSyncExternalStore(
    subscribeStorage,
    () => {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null;
      }
    },
    () => null,
  );
}

export function storeValue(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    /* storage blocked (private mode): nothing is kept */
  }
  window.dispatchEvent(new Event(STORAGE_EVENT));
}
