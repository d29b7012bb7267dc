"use client";

import { useEffect, useState } from "react";
import { WithEmergency } from "@/components/help/with-emergency";
import styles from "./breathing.module.css";

export type BreathingStrings = {
  title: string;
  intro: string;
  steps: string[];
  start: string;
  stop: string;
  breatheIn: string;
  breatheOut: string;
  reducedMotion: string;
  emergencyFallback: string;
};

const IN_SECONDS = 4;
const OUT_SECONDS = 6;

// Paced breathing: in for 4, out for 6. The steps are plain text (they work without
// JavaScript); the guide circle is an extra that starts only when asked, makes no sound,
// and stays still for readers who turned animations off (prefers-reduced-motion).
export function Breathing({ strings }: { strings: BreathingStrings }) {
  const [running, setRunning] = useState(false);
  const [phase, setPhase] = useState<"in" | "out">("in");
  const [second, setSecond] = useState(1);

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => {
      setSecond((s) => {
        const limit = phase === "in" ? IN_SECONDS : OUT_SECONDS;
        if (s < limit) return s + 1;
        setPhase((p) => (p === "in" ? "out" : "in"));
        return 1;
      });
    }, 1000);
    return () => window.clearInterval(timer);
  }, [running, phase]);

  const toggle = () => {
    setRunning((r) => !r);
    setPhase("in");
    setSecond(1);
  };

  return (
    <section className={styles.breathing} aria-labelledby="breathing-title" id="breathing">
      <h2 id="breathing-title">{strings.title}</h2>
      <p>{strings.intro}</p>
      <ol className={styles.steps}>
        {strings.steps.map((s) => (
          <li key={s}>
            <WithEmergency text={s} fallback={strings.emergencyFallback} />
          </li>
        ))}
      </ol>
      <div className={styles.guide}>
        <div className={`${styles.circle} ${running ? (phase === "in" ? styles.grow : styles.shrink) : ""}`} aria-hidden="true">
          <span className={styles.count}>{running ? second : ""}</span>
        </div>
        <p className={styles.phase} aria-live="polite">
          {running ? (phase === "in" ? strings.breatheIn : strings.breatheOut) : ""}
        </p>
        <button type="button" className={styles.button} onClick={toggle} aria-pressed={running}>
          {running ? strings.stop : strings.start}
        </button>
        <p className={styles.reduced}>{strings.reducedMotion}</p>
      </div>
    </section>
  );
}
