import { minutesOf, WEEKDAYS, type Hours, type Weekday } from "./model";

// Opening status computed on the helpline's wall clock (its IANA zone), so daylight-saving
// changes and ranges past midnight need no special cases: we only ever compare local times.

export type OpenStatus =
  | { kind: "always" }
  | { kind: "unknown" }
  | { kind: "open"; closesAt: string | null } // null: open past the next 24 hours of ranges we track
  | { kind: "closed"; opensAt: { day: Weekday; time: string } | null };

type LocalTime = { day: number; minutes: number }; // day: 0 = mon … 6 = sun

const SHORT_DAY: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localTime(now: Date, timeZone: string): LocalTime {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, fmt);
  }
  const parts = Object.fromEntries(fmt.formatToParts(now).map((p) => [p.type, p.value]));
  return { day: SHORT_DAY[parts.weekday], minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Every opening of the week as [start, end) in minutes from Monday 00:00 (end may pass the week's end). */
function weeklySpans(hours: Extract<Hours, { type: "weekly" }>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  WEEKDAYS.forEach((day, i) => {
    for (const [s, e] of hours.days[day] ?? []) {
      const start = minutesOf(s);
      let end = minutesOf(e);
      if (end <= start) end += 1440; // past midnight
      spans.push([i * 1440 + start, i * 1440 + end]);
    }
  });
  return spans.sort((a, b) => a[0] - b[0]);
}

const WEEK = 7 * 1440;

function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export function openStatus(hours: Hours, timeZone: string, now: Date = new Date()): OpenStatus {
  if (hours.type === "always") return { kind: "always" };
  if (hours.type === "unknown") return { kind: "unknown" };
  const { day, minutes } = localTime(now, timeZone);
  const t = day * 1440 + minutes;
  const spans = weeklySpans(hours);
  // A span from late Sunday runs into Monday: also test each span shifted back by a week.
  for (const [s, e] of spans) {
    for (const shift of [0, -WEEK]) {
      if (t >= s + shift && t < e + shift) {
        // Follow the chain of spans that each start exactly where the last one ends (Saturday
        // 22:00–24:00, Sunday all day, Monday 00:00–02:00): repeat until no span extends it, as a
        // later span in the week may continue one found after it. At most one pass per span.
        let end = e + shift;
        for (let pass = 0, grew = true; grew && pass < spans.length && end - t < WEEK; pass++) {
          grew = false;
          for (const [s2, e2] of spans) {
            for (const k of [0, WEEK, -WEEK, 2 * WEEK]) {
              if (s2 + k === end && e2 + k > end) {
                end = e2 + k;
                grew = true;
              }
            }
          }
        }
        return { kind: "open", closesAt: end - t >= WEEK ? null : clock(end) };
      }
    }
  }
  const next = spans.map(([s]) => (s > t ? s : s + WEEK)).sort((a, b) => a - b)[0];
  if (next === undefined) return { kind: "closed", opensAt: null };
  return { kind: "closed", opensAt: { day: WEEKDAYS[Math.floor(next / 1440) % 7], time: clock(next) } };
}

export function isOpenNow(hours: Hours, timeZone: string, now: Date = new Date()): boolean {
  const status = openStatus(hours, timeZone, now);
  return status.kind === "always" || status.kind === "open";
}

export type ScheduleRow = { from: Weekday; to: Weekday; ranges: Array<[string, string]> };

/** Consecutive days with the same ranges become one row ("Monday–Friday 09:00–17:00"); closed days are left out. */
export function groupSchedule(hours: Extract<Hours, { type: "weekly" }>): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  for (const day of WEEKDAYS) {
    const ranges = (hours.days[day] ?? []) as Array<[string, string]>;
    const last = rows[rows.length - 1];
    const previousDay = WEEKDAYS[WEEKDAYS.indexOf(day) - 1];
    if (ranges.length && last && last.to === previousDay && JSON.stringify(last.ranges) === JSON.stringify(ranges)) {
      last.to = day;
    } else if (ranges.length) {
      rows.push({ from: day, to: day, ranges });
    }
  }
  return rows;
}
