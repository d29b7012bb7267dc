import { EmergencyText } from "@/components/help/emergency-text";
import styles from "./care-cards.module.css";

type Card = { heading: string; items: string[]; action: string };

// NHS-style care cards: three levels of urgency, each with its own look and label, so the
// level is clear from words as well as colour.
export function CareCards({
  heading,
  cards,
  labels,
  fallback,
}: {
  heading: string;
  cards: { nonUrgent: Card; urgent: Card; immediate: Card };
  labels: { nonUrgent: string; urgent: string; immediate: string };
  fallback: string;
}) {
  const levels = ["nonUrgent", "urgent", "immediate"] as const;
  return (
    <section aria-labelledby="get-help-heading" id="get-help">
      <h2 id="get-help-heading">{heading}</h2>
      {levels.map((level) => {
        const card = cards[level];
        return (
          <div key={level} className={`${styles.card} ${styles[level]}`}>
            <div className={styles.heading}>
              <p className={styles.label}>{labels[level]}</p>
              <h3 className={styles.title}>
                <EmergencyText text={card.heading} fallback={fallback} />
              </h3>
            </div>
            <div className={styles.body}>
              <ul>
                {card.items.map((item) => (
                  <li key={item}>
                    <EmergencyText text={item} fallback={fallback} />
                  </li>
                ))}
              </ul>
              <p className={styles.action}>
                <EmergencyText text={card.action} fallback={fallback} />
              </p>
            </div>
          </div>
        );
      })}
    </section>
  );
}
