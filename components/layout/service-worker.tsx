"use client";

import { useEffect } from "react";

// Registers public/sw.js (offline copies of visited pages). The locale tells it which story
// and explainers to save straight away.
export function ServiceWorker({ locale }: { locale: string }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator) || process.env.NODE_ENV !== "production") return;
    navigator.serviceWorker.register(`/sw.js?locale=${locale}`, { scope: "/" }).catch(() => {
      /* no offline copies in this browser; the site works as before */
    });
  }, [locale]);
  return null;
}
