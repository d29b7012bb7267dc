"use client";

import { useState } from "react";
import { WithEmergency } from "@/components/help/with-emergency";
import { HEART_QUESTIONS, heartCheckResult, type HeartAnswer, type HeartAnswers, type HeartQuestion } from "@/lib/heart-check";
import styles from "./heart-check.module.css";

export type HeartCheckStrings = {
  title: string;
  intro: string;
  legendHint: string;
  questions: Record<HeartQuestion, string>;
  options: Record<HeartAnswer, string>;
  resultPending: string;
  emergency: { heading: string; body: string };
  noSigns: { heading: string; body: string; watch: string; doctor: string };
  emergencyFallback: string;
};

const ANSWERS: HeartAnswer[] = ["yes", "no", "notSure"];

// Radio groups in a fieldset each; the result is a live region, so screen readers hear it
// change as soon as an answer makes it clear.
export function HeartCheck({ strings }: { strings: HeartCheckStrings }) {
  const [answers, setAnswers] = useState<HeartAnswers>({});
  const result = heartCheckResult(answers);
  const e = (text: string) => <WithEmergency text={text} fallback={strings.emergencyFallback} />;

  return (
    <section className={styles.check} aria-labelledby="heart-check-title" id="heart-check">
      <h2 id="heart-check-title">{strings.title}</h2>
      <p>{e(strings.intro)}</p>
      <form onSubmit={(ev) => ev.preventDefault()}>
        {HEART_QUESTIONS.map((q, i) => (
          <fieldset key={q} className={styles.question} aria-describedby="heart-check-hint">
            <legend className={styles.legend}>
              <span className={styles.number}>{i + 1}.</span> {strings.questions[q]}
            </legend>
            <div className={styles.options}>
              {ANSWERS.map((a) => (
                <div key={a} className={styles.option}>
                  <input
                    type="radio"
                    id={`hc-${q}-${a}`}
                    name={`hc-${q}`}
                    value={a}
                    checked={answers[q] === a}
                    onChange={() => setAnswers((prev) => ({ ...prev, [q]: a }))}
                  />
                  <label htmlFor={`hc-${q}-${a}`}>{strings.options[a]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        ))}
        <p id="heart-check-hint" className={styles.hint}>
          {strings.legendHint}
        </p>
      </form>
      <div role="status" aria-live="polite" className={styles.resultWrap}>
        {result === "pending" && <p className={styles.pending}>{e(strings.resultPending)}</p>}
        {result === "emergency" && (
          <div className={`${styles.result} ${styles.emergency}`}>
            <h3>{e(strings.emergency.heading)}</h3>
            <p>{e(strings.emergency.body)}</p>
          </div>
        )}
        {result === "noSigns" && (
          <div className={`${styles.result} ${styles.noSigns}`}>
            <h3>{strings.noSigns.heading}</h3>
            <p>{e(strings.noSigns.body)}</p>
            <p className={styles.watch}>{e(strings.noSigns.watch)}</p>
            <p>{e(strings.noSigns.doctor)}</p>
          </div>
        )}
      </div>
    </section>
  );
}
