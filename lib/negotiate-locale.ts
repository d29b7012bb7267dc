// Which of our locales a reader's browser asks for, from its Accept-Language header. Written
// here rather than left to next-intl's matcher: that one walks every tag through a locale
// matcher with an unbounded cache, so a long header blocks the server for seconds; it lets a
// "*" push the reader's own languages aside; and it cannot send Traditional Chinese readers
// to our Simplified Chinese, the only Chinese we have.

// A real browser sends a handful of tags; anything past this is not a reader's preference.
const MAX_HEADER = 512;
const MAX_TAGS = 16;
const TAG = /^[a-z]{1,8}(-[a-z0-9]{1,8})*$/i;

type Weighted = { tag: string; q: number; order: number };

function parse(header: string): Weighted[] {
  const out: Weighted[] = [];
  for (const [order, part] of header.slice(0, MAX_HEADER).split(",").slice(0, MAX_TAGS).entries()) {
    const [rawTag, ...params] = part.trim().split(";");
    const tag = rawTag.trim();
    if (tag !== "*" && !TAG.test(tag)) continue;
    let q = 1;
    for (const param of params) {
      const m = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (m) q = Math.min(1, Number(m[1]));
      else if (/^\s*q\s*=/i.test(param)) q = -1; // an invalid weight: ignore the tag
    }
    if (q > 0) out.push({ tag: tag.toLowerCase(), q, order });
  }
  return out.sort((a, b) => b.q - a.q || a.order - b.order);
}

/** The best of `locales` for the header, or `fallback`. A "*" only means "anything else": it never outranks a named language we have. */
export function negotiateLocale(header: string | null | undefined, locales: readonly string[], fallback: string): string {
  if (!header) return fallback;
  const supported = new Set(locales);
  for (const { tag } of parse(header)) {
    if (tag === "*") continue;
    const primary = tag.split("-")[0];
    // All Chinese (zh-CN, zh-SG, and for now zh-TW, zh-HK, zh-Hant) goes to our Simplified Chinese.
    if (supported.has(tag)) return tag;
    if (supported.has(primary)) return primary;
  }
  return fallback;
}
