// A guess at the reader's region from what their own browser already says: the time zone
// first (where they are), then the region part of their preferred languages (where they are
// from). No IP lookup, nothing leaves the device. The guess is shown as a guess.

/** Where the reader's own choice of region is kept: localStorage, on their device only. */
export const REGION_STORAGE_KEY = "steady.region";

export type RegionGuess = { code: string; reason: "timeZone" | "language" };

export function guessRegion(
  input: { timeZone?: string | null; languages?: readonly string[] | null },
  zoneRegions: Readonly<Record<string, string>>,
  available: ReadonlySet<string>,
): RegionGuess | null {
  const fromZone = input.timeZone ? zoneRegions[input.timeZone] : undefined;
  if (fromZone && available.has(fromZone)) return { code: fromZone, reason: "timeZone" };
  for (const tag of input.languages ?? []) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).region;
    } catch {
      continue;
    }
    if (region && available.has(region.toUpperCase())) return { code: region.toUpperCase(), reason: "language" };
  }
  return null;
}
