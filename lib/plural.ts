// ICU plurals for client leaves without shipping a message formatter: the server formats
// the message once per plural category (and for exactly 0) with a sample number, and the
// browser picks the template with Intl.PluralRules and puts the real number back.

export type PluralTemplates = Record<string, string>; // "=0" and CLDR categories → text with {count}

export function pluralTemplates(format: (count: number) => string, locale: string): PluralTemplates {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const out: PluralTemplates = { "=0": format(0).replace(numbers.format(0), "{count}") };
  for (const category of rules.resolvedOptions().pluralCategories) {
    for (let n = 1; n < 1000; n++) {
      if (rules.select(n) === category) {
        out[category] = format(n).replace(numbers.format(n), "{count}");
        break;
      }
    }
  }
  return out;
}

export function pickPlural(templates: PluralTemplates, count: number, locale: string): string {
  const template =
    count === 0 && templates["=0"] ? templates["=0"] : (templates[new Intl.PluralRules(locale).select(count)] ?? templates.other ?? "");
  return template.replace("{count}", new Intl.NumberFormat(locale).format(count));
}
