import { describe, expect, it } from "vitest";
import { helplineSummary, type SummaryStrings } from "@/lib/helplines/summary";
import en from "@/messages/en.json";

const strings = en.HelplineSummary as SummaryStrings;
const list = (tags: readonly string[]) =>
  new Intl.ListFormat("en", { type: "conjunction" }).format(tags.map((t) => new Intl.DisplayNames(["en"], { type: "language" }).of(t)!));

describe("helpline summaries from structured fields", () => {
  it("says who it is for, when it is open, the cost and the languages", () => {
    expect(
      helplineSummary(
        { topics: ["crisis", "mental-health"], hours: { type: "always" }, cost: "free", languages: ["fr", "ar"] },
        strings,
        list,
      ),
    ).toBe(
      "Support for anyone in crisis, including thoughts of suicide. Someone to talk to about how you feel. Open 24 hours, every day. Free to call. Answered in French and Arabic.",
    );
  });

  it("puts the group first, and says nothing it does not know", () => {
    const s = helplineSummary(
      { topics: ["mental-health", "youth"], hours: { type: "unknown" }, cost: "unknown", languages: [] },
      strings,
      list,
    );
    expect(s).toBe("For children and young people. Someone to talk to about how you feel.");
    expect(s).not.toMatch(/free|24 hours/i);
  });

  it("points to the hours for lines open at set times", () => {
    expect(
      helplineSummary(
        {
          topics: ["information"],
          hours: { type: "weekly", days: { mon: [["09:00", "17:00"]] } },
          cost: "standard-rate",
          languages: ["en"],
        },
        strings,
        list,
      ),
    ).toBe("Health information, and advice on where to get care. Open at set times: see the hours below. Answered in English.");
  });
});
