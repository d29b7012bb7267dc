"use client";

import { useEffect } from "react";

// Registers public/sw.js (offline copies of visited pages): one worker for every language, then
// asks it to save this page (its first load came before the worker) and the pages of this page's
// language that lib/site-pages.ts marks for offline reading (it skips those it has). The layout
// passes their addresses: the page list stays on the server, out of the page's JavaScript.
export function ServiceWorker({ locale, offlinePages }: { locale: string; offlinePages: readonly string[] }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator) || process.env.NODE_ENV !== "production") return;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) =>
        registration.active?.postMessage({
          precache: locale,
          page: window.location.pathname,
          paths: offlinePages,
        }),
      )
      .catch(() => {
        /* no offline copies in this browser; the site works as before */
      });
  }, [locale, offlinePages]);
  return null;
}
