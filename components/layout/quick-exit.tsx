"use client";

import { useEffect } from "react";
import styles from "./quick-exit.module.css";

// A neutral page that gives nothing away. location.replace swaps this page out of the
// history, so the back button does not bring the reader back to Steady. Earlier Steady pages
// stay in the history (no page can remove them): the about page says so, and how to clear it.
export const EXIT_URL = "https://www.bbc.com/weather";
const PRESSES = 3;
const WINDOW_MS = 2000;

// The screen goes blank at once, before the next site starts to load, so nothing stays visible
// over the reader's shoulder; screen readers hear that the site is being left.
function leave(leaving: string) {
  document.title = "";
  const notice = document.createElement("p");
  notice.setAttribute("role", "alert");
  notice.textContent = leaving;
  notice.style.cssText = "position:absolute;inset-inline-start:-9999px";
  document.body.replaceChildren(notice);
  window.location.replace(EXIT_URL);
}

export function QuickExit({ label, hint, leaving }: { label: string; hint: string; leaving: string }) {
  useEffect(() => {
    let times: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = Date.now();
      times = [...times.filter((t) => now - t < WINDOW_MS), now];
      if (times.length >= PRESSES) leave(leaving);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [leaving]);

  return (
    // A real link as well as a button: without JavaScript it still leaves (but stays in history).
    <a
      href={EXIT_URL}
      className={styles.exit}
      title={hint}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        leave(leaving);
      }}
    >
      {label}
    </a>
  );
}
