import { describe, expect, it } from "vitest";
import { HEART_QUESTIONS, heartCheckResult, type HeartAnswers } from "@/lib/heart-check";

const allNo = Object.fromEntries(HEART_QUESTIONS.map((q) => [q, "no"])) as HeartAnswers;

describe("Is it panic or my heart?", () => {
  it("waits while questions are unanswered and nothing is a red flag", () => {
    expect(heartCheckResult({})).toBe("pending");
    expect(heartCheckResult({ spreadingPain: "no", withSymptoms: "no" })).toBe("pending");
  });

  for (const q of HEART_QUESTIONS) {
    it(`"yes" to ${q} sends the reader to the emergency number at once`, () => {
      expect(heartCheckResult({ [q]: "yes" })).toBe("emergency");
      expect(heartCheckResult({ ...allNo, [q]: "yes" })).toBe("emergency");
    });
    it(`"not sure" to ${q} counts as a red flag`, () => {
      expect(heartCheckResult({ ...allNo, [q]: "notSure" })).toBe("emergency");
    });
  }

  it("only five clear noes lead to panic advice", () => {
    expect(heartCheckResult(allNo)).toBe("panic");
  });
});
