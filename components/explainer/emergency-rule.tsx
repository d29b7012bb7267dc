import { getMessages } from "next-intl/server";
import { EmergencyText } from "@/components/help/emergency-text";
import styles from "./emergency-rule.module.css";

// The one rule for chest pain, written once (messages EmergencyRule) and shown the same way on
// every explainer: new, different or with a warning sign means call now; the reader's known
// pattern, checked by a doctor, means follow that doctor's plan. The warning signs are the
// same list the care cards and the heart check use.
export async function EmergencyRule({ fallback }: { fallback: string }) {
  const { EmergencyRule: rule } = await getMessages();
  const e = (text: string) => <EmergencyText text={text} fallback={fallback} />;
  return (
    <section className={styles.rule} aria-labelledby="emergency-rule-heading" id="emergency-rule">
      <h2 id="emergency-rule-heading" className={styles.heading}>
        {rule.heading}
      </h2>
      <p className={styles.lead}>{e(rule.rule)}</p>
      <h3 className={styles.signsHeading}>{rule.signsHeading}</h3>
      <ul className={styles.signs}>
        {rule.signs.map((sign) => (
          <li key={sign}>{sign}</li>
        ))}
      </ul>
      <p>{rule.noChestPain}</p>
      <p>{e(rule.plan)}</p>
    </section>
  );
}
