// "Do I need emergency help now?" Each question is one emergency sign from the NHS and
// American Heart Association guidance on chest pain and heart attack (what was read, and where:
// docs/clinical/heart-check.md). The rule is deliberately one-sided: any "yes" or "not sure"
// sends the reader straight to their emergency number, even before the other questions are
// answered. Only a clear "no" to every question gives the no-signs answer, and that answer never
// says the feelings will pass: it says what would change it, and it still shows the number.

export const HEART_QUESTIONS = [
  "chestNow",
  "lasting",
  "spreading",
  "breathless",
  "sweatSick",
  "faint",
  "heartbeat",
  "different",
  "heartCondition",
] as const;
export type HeartQuestion = (typeof HEART_QUESTIONS)[number];
export type HeartAnswer = "yes" | "no" | "notSure";
export type HeartAnswers = Partial<Record<HeartQuestion, HeartAnswer>>;
export type HeartCheckResult = "pending" | "emergency" | "noSigns";

export function heartCheckResult(answers: HeartAnswers): HeartCheckResult {
  if (HEART_QUESTIONS.some((q) => answers[q] === "yes" || answers[q] === "notSure")) return "emergency";
  if (HEART_QUESTIONS.every((q) => answers[q] === "no")) return "noSigns";
  return "pending";
}
