// Region and language names in the reader's language, from the runtime's CLDR data.
const regionNames = new Map<string, Intl.DisplayNames>();
const languageNames = new Map<string, Intl.DisplayNames>();

export function regionName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    regionNames.set(locale, names);
  }
  return names.of(code.toUpperCase()) ?? code.toUpperCase();
}

export function languageName(tag: string, locale: string): string {
  let names = languageNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    languageNames.set(locale, names);
  }
  return names.of(tag) ?? tag;
}
