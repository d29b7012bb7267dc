// The helpline vocabulary, free of zod so that browser code (opening hours, filters) can use
// it without shipping the validator. lib/helplines/schema.ts validates data against it.

export const TOPICS = [
  "crisis",
  "anxiety",
  "mental-health",
  "youth",
  "lgbtq",
  "substance-use",
  "information",
  "older-people",
  "domestic-abuse",
] as const;
export type Topic = (typeof TOPICS)[number];

export const CONTACT_TYPES = ["phone", "sms", "whatsapp", "chat", "email", "web"] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

// rescue: a civil-protection number that sends both ambulance and fire crews (Morocco's 15).
export const EMERGENCY_SERVICES = ["general", "ambulance", "police", "fire", "rescue"] as const;
export type EmergencyService = (typeof EMERGENCY_SERVICES)[number];

// What counts as a region's crisis or emotional-support line (the help box's first line, the
// coverage report): a line for adults in distress. Child and youth lines, violence lines and
// health-information lines are listed on the region page but do not count.
const SUPPORT_TOPICS: ReadonlySet<Topic> = new Set(["crisis", "mental-health", "anxiety"]);
export function isSupportLine(topics: readonly Topic[]): boolean {
  return topics.some((t) => SUPPORT_TOPICS.has(t)) && !topics.includes("youth");
}

export const COSTS = ["free", "local-rate", "standard-rate", "unknown"] as const;
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A range [start, end) on the helpline's clock; "24:00" ends at midnight, an earlier end runs past it. */
export type TimeRange = [string, string];

export type Hours = { type: "always" } | { type: "unknown" } | { type: "weekly"; days: Partial<Record<Weekday, TimeRange[]>> };

export function minutesOf(clockTime: string): number {
  const [h, m] = clockTime.split(":").map(Number);
  return h * 60 + m;
}
