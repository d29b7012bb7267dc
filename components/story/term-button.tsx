"use client";

import { useEffect, useState, type ReactNode } from "react";
import { useMediaQuery } from "@/lib/browser-state";
import styles from "./story.module.css";

const WIDE = "(min-width: 64rem)";

// A highlighted term in the story. On narrow screens it opens its note inline (a disclosure);
// on wide screens the note already sits in the margin, so the button moves focus to it.
// Without JavaScript every note is shown (see the `scripting` media query in story.module.css).
export function TermButton({ noteId, children }: { noteId: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const wide = useMediaQuery(WIDE);

  useEffect(() => {
    const note = document.getElementById(noteId);
    if (note) note.dataset.open = String(open);
  }, [open, noteId]);

  return (
    <button
      type="button"
      className={styles.term}
      aria-expanded={wide || open}
      aria-controls={noteId}
      onClick={() => {
        if (wide) document.getElementById(noteId)?.focus();
        else setOpen((o) => !o);
      }}
    >
      {children}
    </button>
  );
}
