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
// long task on a slow phone, right after the first paint). Every page loads this data, so it is
// compact, and every region added makes it longer:
// - zones grouped by their area and then by region, the cities in one string
//   ("Europe": {"FR": "Paris"}, "America": {"US": "Adak Anchorage Boise ..."});
// - each region as an array, what every region has first (name, emergency number, first support
//   line), then the fields most regions leave out, 0 for "none" and for a display that is the same
//   as the dial string, and trailing zeros cut off.
type CompactRegion = [
  name: string,
  dial: string,
  topName?: string | 0,
  topDial?: string | 0,
  display?: string | 0,
  area?: string | 0,
  heartDial?: string | 0,
  heartDisplay?: string | 0,
  topDisplay?: string | 0,
  topSms?: 1 | 0,
  topKeyword?: string | 0,
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
    const byRegion = (zones[area] ??= {});
    byRegion[code] = byRegion[code] ? byRegion[code] + " " + zone.slice(cut + 1) : zone.slice(cut + 1);
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
        t ? t.name : 0,
        t ? t.dial : 0,
        same(e.dial, e.display),
        e.area ?? 0,
        r.heart ? r.heart.dial : 0,
        r.heart ? same(r.heart.dial, r.heart.display) : 0,
        t ? same(t.dial, t.display) : 0,
        t && t.type === "sms" ? 1 : 0,
        t && t.keyword ? t.keyword : 0,
      ];
      while (entry.length > 2 && entry[entry.length - 1] === 0) entry.pop();
      return [code, entry];
    }),
  );
  return { ...data, zones, regions };
}

/** The reverse of encodeHelpData; sent inline with the script, and used by the React side. */
export function decodeHelpData(c: CompactHelpBoxData): HelpBoxData {
  const zones: Record<string, string> = {};
  for (const area in c.zones)
    for (const code in c.zones[area]) for (const city of c.zones[area][code].split(" ")) zones[area ? area + "/" + city : city] = code;
  const regions: Record<string, Region> = {};
  for (const code in c.regions) {
    const a: Array<string | number | undefined> = c.regions[code];
    const name = a[0] as string;
    if (a.length === 1) {
      regions[code] = { name, emergency: null, heart: null, top: null };
      continue;
    }
    const text = (i: number) => (a[i] ? String(a[i]) : null);
    const dial = a[1] as string;
    const topDial = text(3);
    regions[code] = {
      name,
      emergency: { dial, display: text(4) ?? dial, area: text(5) },
      heart: a[6] ? { dial: String(a[6]), display: text(7) ?? String(a[6]) } : null,
      top:
        a[2] && topDial
          ? { name: String(a[2]), type: a[9] ? "sms" : "phone", dial: topDial, display: text(8) ?? topDial, keyword: text(10) }
          : null,
    };
  }
  return { ...c, zones, regions };
}
