import { describe, expect, it } from "vitest";
import { HEART_QUESTIONS, heartCheckResult, type HeartAnswers, type HeartQuestion } from "@/lib/heart-check";

const allNo = Object.fromEntries(HEART_QUESTIONS.map((q) => [q, "no"])) as HeartAnswers;

// Cases written from the guidance (docs/clinical/heart-check.md): each sign that the NHS or the
// American Heart Association says means "call the emergency number now", and the question of
// the check that a reader with only that sign answers "yes" to.
const GUIDANCE: Array<{ sign: string; source: string; question: HeartQuestion }> = [
  { sign: "sudden chest pain or discomfort that does not go away", source: "NHS chest pain", question: "chestNow" },
  { sign: "chest feels tight or heavy; squeezing, pressure, burning", source: "NHS chest pain; NHS heart attack", question: "chestNow" },
  { sign: "pain like indigestion, sometimes only minor", source: "NHS heart attack", question: "chestNow" },
  { sign: "chest pain lasting more than 15 minutes", source: "NHS chest pain", question: "lasting" },
  { sign: "discomfort lasting more than a few minutes, or that goes away and comes back", source: "AHA", question: "lasting" },
  { sign: "pain spreading to the arms, back, neck, jaw or stomach", source: "NHS chest pain; AHA", question: "spreading" },
  { sign: "back or jaw pain without any chest pain (more common in women)", source: "NHS heart attack; AHA", question: "spreading" },
  { sign: "shortness of breath, with or without chest discomfort", source: "AHA; NHS heart attack", question: "breathless" },
  { sign: "coughing or wheezing", source: "NHS Help Us Help You", question: "breathless" },
  { sign: "cold sweat", source: "AHA; NHS chest pain", question: "sweatSick" },
  { sign: "feeling or being sick (nausea, vomiting), even without chest pain", source: "NHS heart attack; AHA", question: "sweatSick" },
  { sign: "light-headedness or dizziness", source: "AHA; NHS chest pain", question: "faint" },
  { sign: "fainting or nearly fainting; unusual weakness", source: "NZ Ministry of Health; AHA (women)", question: "faint" },
  {
    sign: "palpitations that do not settle within a few minutes, or start during exercise",
    source: "DCU health service; NHS",
    question: "heartbeat",
  },
  { sign: "new or different symptoms (not the pattern a doctor checked)", source: "NHS: do not self-diagnose", question: "different" },
  { sign: "an overwhelming feeling of anxiety or unease, unlike usual", source: "NHS Help Us Help You", question: "different" },
  { sign: "known heart disease or high risk", source: "DCU health service", question: "heartCondition" },
];

describe("Do I need emergency help now?", () => {
  it("waits while questions are unanswered and nothing is a warning sign", () => {
    expect(heartCheckResult({})).toBe("pending");
    expect(heartCheckResult({ chestNow: "no", lasting: "no" })).toBe("pending");
    const allButOne = { ...allNo };
    delete allButOne.heartCondition;
    expect(heartCheckResult(allButOne)).toBe("pending");
  });

  for (const { sign, source, question } of GUIDANCE) {
    it(`${sign} (${source}) leads to the emergency number`, () => {
      // The reader has only this sign: "yes" to its question, "no" to everything else.
      expect(heartCheckResult({ ...allNo, [question]: "yes" })).toBe("emergency");
      // And at once, before the other questions are answered.
      expect(heartCheckResult({ [question]: "yes" })).toBe("emergency");
    });
  }

  it("every question is an emergency sign from the guidance", () => {
    expect(new Set(GUIDANCE.map((g) => g.question))).toEqual(new Set(HEART_QUESTIONS));
  });

  for (const q of HEART_QUESTIONS) {
    it(`"not sure" to ${q} counts as a warning sign`, () => {
      expect(heartCheckResult({ ...allNo, [q]: "notSure" })).toBe("emergency");
      expect(heartCheckResult({ [q]: "notSure" })).toBe("emergency");
    });
  }

  it("a typical cardiophobia history without a warning sign gets the no-signs answer only after every question is a clear no", () => {
    expect(heartCheckResult(allNo)).toBe("noSigns");
  });

  it("a later yes overrides earlier noes", () => {
    expect(heartCheckResult({ ...allNo, breathless: "yes" })).toBe("emergency");
    expect(heartCheckResult({ ...allNo, different: "notSure" })).toBe("emergency");
  });
});
