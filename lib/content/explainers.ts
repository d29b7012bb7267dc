// The three explainers: their address, their message namespace and their review dates.
// When an explainer is reviewed, change its dates here (they are shown on the page).
export const EXPLAINERS = [
  { slug: "anxiety", namespace: "Anxiety", lastReviewed: "2026-11-26", nextReview: "2027-11-26" },
  { slug: "panic-attacks", namespace: "PanicAttacks", lastReviewed: "2026-11-26", nextReview: "2027-11-26" },
  { slug: "cardiophobia", namespace: "Cardiophobia", lastReviewed: "2026-11-26", nextReview: "2027-11-26" },
] as const;

export type Explainer = (typeof EXPLAINERS)[number];
export type ExplainerSlug = Explainer["slug"];

export function findExplainer(slug: string): Explainer | undefined {
  return EXPLAINERS.find((e) => e.slug === slug);
}

/** The story's annotated terms and the explainer each one leads to. */
export const STORY_TERMS = [
  { key: "anxiety", explainer: "anxiety" },
  { key: "panicAttacks", explainer: "panic-attacks" },
  { key: "phobias", explainer: "anxiety" },
  { key: "cardiophobia", explainer: "cardiophobia" },
  { key: "heartFear", explainer: "cardiophobia" },
] as const satisfies ReadonlyArray<{ key: string; explainer: ExplainerSlug }>;

export type StoryTerm = (typeof STORY_TERMS)[number]["key"];
