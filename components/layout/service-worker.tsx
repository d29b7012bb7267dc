"use client";

import { useEffect } from "react";

// Registers public/sw.js (offline copies of visited pages): one worker for every language, then
// asks it to save this page (its first load came before the worker) and the story and explainers
// of this page's language (it skips those it has).
export function ServiceWorker({ locale }: { locale: string }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator) || process.env.NODE_ENV !== "production") return;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => registration.active?.postMessage({ precache: locale, page: window.location.pathname }))
      .catch(() => {
        /* no offline copies in this browser; the site works as before */
      });
  }, [locale]);
  return null;
}
