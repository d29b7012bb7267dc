// "Is it panic or my heart?" The rule is deliberately one-sided: any red flag, or any
// "not sure", sends the reader straight to their emergency number, even before the other
// questions are answered. Only five clear "no" answers lead to panic advice, and that advice
// still says to see a doctor and to call if anything changes.

export const HEART_QUESTIONS = ["spreadingPain", "withSymptoms", "fainted", "firstTime", "heartDisease"] as const;
export type HeartQuestion = (typeof HEART_QUESTIONS)[number];
export type HeartAnswer = "yes" | "no" | "notSure";
export type HeartAnswers = Partial<Record<HeartQuestion, HeartAnswer>>;
export type HeartCheckResult = "pending" | "emergency" | "panic";

export function heartCheckResult(answers: HeartAnswers): HeartCheckResult {
  if (HEART_QUESTIONS.some((q) => answers[q] === "yes" || answers[q] === "notSure")) return "emergency";
  if (HEART_QUESTIONS.every((q) => answers[q] === "no")) return "panic";
  return "pending";
}
