"use client";

import { useState } from "react";
import styles from "@/components/page/page.module.css";

type Strings = { title: string; body: string; retry: string; helplines: string; locale: string };

const FALLBACK: Strings = {
  title: "Something went wrong",
  body: "Sorry, this page did not load. Please try again.",
  retry: "Try again",
  helplines: "Find a helpline",
  locale: "en",
};

// Error boundaries run in the browser and cannot load messages, so the layout leaves this
// page's words in a JSON block (#error-strings).
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const [strings] = useState<Strings>(() => {
    try {
      const text = typeof document === "undefined" ? null : document.getElementById("error-strings")?.textContent;
      return text ? (JSON.parse(text) as Strings) : FALLBACK;
    } catch {
      return FALLBACK; // keep the English words
    }
  });
  return (
    <div className={styles.narrow}>
      <h1>{strings.title}</h1>
      <p>{strings.body}</p>
      <p>
        <button type="button" className={styles.button} onClick={reset}>
          {strings.retry}
        </button>
      </p>
      <p>
        <a href={`/${strings.locale}/helplines`}>{strings.helplines}</a>
      </p>
    </div>
  );
}
