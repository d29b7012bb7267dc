import type { Hours, Topic } from "./model";

// A plain summary of a helpline built from its structured fields with translated templates
// (messages HelplineSummary): who it is for, when it is open, whether it is free, which
// languages answer. Every locale gets one without per-record translations; a record's own text
// in the reader's language, where an editor wrote one, is used instead.

export type SummaryStrings = {
  topics: Record<Topic, string>;
  always: string;
  weekly: string;
  free: string;
  languages: string; // "Answered in {languages}."
};

export function helplineSummary(
  h: { topics: readonly Topic[]; hours: Hours; cost: string; languages: readonly string[] },
  strings: SummaryStrings,
  languageList: (tags: readonly string[]) => string,
): string {
  // Who it is for: the most specific group first, then what it helps with (at most two phrases).
  const order: Topic[] = [
    "youth",
    "older-people",
    "lgbtq",
    "crisis",
    "anxiety",
    "mental-health",
    "substance-use",
    "domestic-abuse",
    "information",
  ];
  const who = order.filter((t) => h.topics.includes(t)).slice(0, 2);
  const parts = who.map((t) => strings.topics[t]);
  if (h.hours.type === "always") parts.push(strings.always);
  if (h.hours.type === "weekly") parts.push(strings.weekly);
  if (h.cost === "free") parts.push(strings.free);
  if (h.languages.length) parts.push(strings.languages.replace("{languages}", languageList(h.languages)));
  return parts.join(" ");
}
