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
      name: string; // in the page's language
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
    or: string; // between two numbers: "15 or 112"
  };
  classes: Record<"actions" | "line" | "name" | "call" | "emergency" | "area" | "directories" | "meta", string>;
  directory: string; // "/en/helplines"
  directoryLinks: ReadonlyArray<{ name: string; url: string }>;
  storageKey: string;
};

type Region = HelpBoxData["regions"][string];

/** What the help box script leaves for the React side on window.steadyHelp: the regions and its guess. */
export type HelpState = { regions: HelpBoxData["regions"]; guess: { code: string; reason: "timeZone" | "language" } | null };
// Region names come in the page's language (asking the browser with Intl.DisplayNames would be a
// long task on a slow phone, right after the first paint). Every page loads this data, so it is compact: zones grouped by their area
// ("Europe": {"Paris": "FR"}), and each region as an array, 0 for "none" and for a display
// that is the same as the dial string.
type CompactRegion = [
  string,
  string,
  string | 0,
  string | 0,
  string | 0,
  string | 0,
  string | 0,
  "p" | "s",
  string,
  string | 0,
  string | 0,
];
export type CompactHelpBoxData = Omit<HelpBoxData, "zones" | "regions"> & {
  zones: Record<string, Record<string, string>>;
  regions: Record<string, CompactRegion | [string]>;
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
    Object.entries(data.regions).map(([code, r]): [string, CompactRegion | [string]] => {
      const e = r.emergency;
      if (!e) return [code, [r.name]];
      const t = r.top;
      const entry: CompactRegion = [
        r.name,
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
      regions[code] = { name: a[0], emergency: null, heart: null, top: null };
      continue;
    }
    regions[code] = {
      name: a[0],
      emergency: { dial: a[1], display: a[2] || a[1], area: a[3] || null },
      heart: a[4] ? { dial: a[4], display: a[5] || a[4] } : null,
      top: a[6] ? { name: a[6], type: a[7] === "s" ? "sms" : "phone", dial: a[8], display: a[9] || a[8], keyword: a[10] || null } : null,
    };
  }
  return { ...c, zones, regions };
}
