"use client";

import { useReaderRegion } from "@/components/region/region-provider";
import styles from "./helpline-filters.module.css";

// Saves this region on the reader's device (localStorage) so the help box on every page uses it.
export function RememberRegion({ code, label, savedLabel }: { code: string; label: string; savedLabel: string }) {
  const { region, source, save } = useReaderRegion();
  const saved = source === "saved" && region?.code === code;
  return (
    <button type="button" className={styles.reset} aria-pressed={saved} onClick={() => save(code)} disabled={saved}>
      {saved ? savedLabel : label}
    </button>
  );
}
