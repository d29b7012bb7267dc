"use client";

import { useMinute } from "@/lib/browser-state";
import { formatClock, weekdayName } from "@/lib/clock";
import { fill } from "@/lib/format";
import { openStatus } from "@/lib/helplines/hours";
import type { Hours } from "@/lib/helplines/model";
import styles from "./helpline-card.module.css";

export type HoursStrings = { openNow: string; openUntil: string; closed: string; closedOpens: string };

// "Open now" depends on the moment the reader looks, so it is computed on their device, in
// the helpline's own time zone, and refreshed as the minutes pass. Static HTML shows the schedule only.
export function HoursStatus({
  hours,
  timeZone,
  locale,
  strings,
}: {
  hours: Hours;
  timeZone: string;
  locale: string;
  strings: HoursStrings;
}) {
  const minute = useMinute();
  const status = minute === null ? null : openStatus(hours, timeZone, new Date(minute));

  if (!status || status.kind === "always" || status.kind === "unknown") return null;
  if (status.kind === "open") {
    return (
      <p className={`${styles.status} ${styles.open}`}>
        {status.closesAt ? fill(strings.openUntil, { time: formatClock(status.closesAt, locale) }) : strings.openNow}
      </p>
    );
  }
  return (
    <p className={`${styles.status} ${styles.closed}`}>
      {status.opensAt
        ? fill(strings.closedOpens, { day: weekdayName(status.opensAt.day, locale), time: formatClock(status.opensAt.time, locale) })
        : strings.closed}
    </p>
  );
}
