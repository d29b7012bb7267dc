// The data behind the help box that every page carries (#help-data): each region's emergency
// number, its first support line and its name in the page's language, the time zones that point
// to it, and the words and class names the box needs. Built on the server (components/help),
// read by the help box's inline script and by the React side (the region provider), so the
// compact form and its decoder live here, free of anything else.

export type HelpBoxData = {
  zones: Record<string, string>;
  regions: Record<
    string,
    {
      emergency: { dial: string; display: string; area: string | null } | null;
      heart: { dial: string; display: string } | null; // the number to call first for chest pain, if another
      top: { name: string; type: "phone" | "sms"; dial: string; display: string; keyword: string | null } | null;
    }
  >;
  strings: {
    call: string;
    text: string;
    emergencyLead: string;
    noSupportLine: string;
    directories: string;
    regionGuessed: string;
    regionChosen: string;
    change: string;
    moreHelplines: string;
  };
  classes: Record<"actions" | "line" | "name" | "call" | "emergency" | "area" | "directories" | "meta", string>;
  directory: string; // "/en/helplines"
  directoryLinks: ReadonlyArray<{ name: string; url: string }>;
  storageKey: string;
};

type Region = HelpBoxData["regions"][string];

/** What the help box script leaves for the React side on window.steadyHelp: the regions and its guess. */
export type HelpState = { regions: HelpBoxData["regions"]; guess: { code: string; reason: "timeZone" | "language" } | null };
// Region names are not sent: the help box asks the browser for the one it shows, after the
// number is painted (Intl.DisplayNames). On the wire every page loads this data, so it is compact: zones grouped by their area
// ("Europe": {"Paris": "FR"}), and each region as an array, 0 for "none" and for a display
// that is the same as the dial string.
type CompactRegion = [string, string | 0, string | 0, string | 0, string | 0, string | 0, "p" | "s", string, string | 0, string | 0];
export type CompactHelpBoxData = Omit<HelpBoxData, "zones" | "regions"> & {
  zones: Record<string, Record<string, string>>;
  regions: Record<string, CompactRegion | [0]>;
};

export function encodeHelpData(data: HelpBoxData): CompactHelpBoxData {
  const zones: Record<string, Record<string, string>> = {};
  for (const [zone, code] of Object.entries(data.zones)) {
    const cut = zone.indexOf("/");
    const area = cut < 0 ? "" : zone.slice(0, cut);
    (zones[area] ??= {})[zone.slice(cut + 1)] = code;
  }
  const same = (dial: string, display: string) => (dial === display ? 0 : display);
  const regions = Object.fromEntries(
    Object.entries(data.regions).map(([code, r]): [string, CompactRegion | [0]] => {
      const e = r.emergency;
      if (!e) return [code, [0]];
      const t = r.top;
      const entry: CompactRegion = [
        e.dial,
        same(e.dial, e.display),
        e.area ?? 0,
        r.heart ? r.heart.dial : 0,
        r.heart ? same(r.heart.dial, r.heart.display) : 0,
        t ? t.name : 0,
        t && t.type === "sms" ? "s" : "p",
        t ? t.dial : "",
        t ? same(t.dial, t.display) : 0,
        t && t.keyword ? t.keyword : 0,
      ];
      return [code, entry];
    }),
  );
  return { ...data, zones, regions };
}

/** The reverse of encodeHelpData; sent inline with the script, and used by the React side. */
export function decodeHelpData(c: CompactHelpBoxData): HelpBoxData {
  const zones: Record<string, string> = {};
  for (const area in c.zones) for (const city in c.zones[area]) zones[area ? area + "/" + city : city] = c.zones[area][city];
  const regions: Record<string, Region> = {};
  for (const code in c.regions) {
    const a = c.regions[code];
    if (a.length === 1) {
      regions[code] = { emergency: null, heart: null, top: null };
      continue;
    }
    regions[code] = {
      emergency: { dial: a[0], display: a[1] || a[0], area: a[2] || null },
      heart: a[3] ? { dial: a[3], display: a[4] || a[3] } : null,
      top: a[5] ? { name: a[5], type: a[6] === "s" ? "sms" : "phone", dial: a[7], display: a[8] || a[7], keyword: a[9] || null } : null,
    };
  }
  return { ...c, zones, regions };
}
