"use client";

import { useEffect } from "react";
import styles from "./quick-exit.module.css";

// A neutral page that gives nothing away. location.replace swaps this page out of the
// history, so the back button does not bring the reader back to Steady.
export const EXIT_URL = "https://www.bbc.com/weather";
const PRESSES = 3;
const WINDOW_MS = 2000;

function leave() {
  window.location.replace(EXIT_URL);
}

export function QuickExit({ label, hint }: { label: string; hint: string }) {
  useEffect(() => {
    let times: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = Date.now();
      times = [...times.filter((t) => now - t < WINDOW_MS), now];
      if (times.length >= PRESSES) leave();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    // A real link as well as a button: without JavaScript it still leaves (but stays in history).
    <a
      href={EXIT_URL}
      className={styles.exit}
      title={hint}
      rel="noreferrer"
      onClick={(event) => {
        event.preventDefault();
        leave();
      }}
    >
      {label}
    </a>
  );
}
