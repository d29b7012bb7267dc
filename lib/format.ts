/** Fills {name} placeholders in an already-translated string (client leaves get plain strings). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Splits a translated string around one {placeholder} so a component can stand in its place. */
export function splitAround(template: string, key: string): [string, string] | null {
  const marker = `{${key}}`;
  const at = template.indexOf(marker);
  return at < 0 ? null : [template.slice(0, at), template.slice(at + marker.length)];
}

/**
 * A phone number or code inside translated text: a left-to-right isolate (LRI … PDI), so that
 * "116 123" keeps its digit groups in order inside Arabic text. (A first-strong isolate is not
 * enough: digits are not strongly left-to-right.)
 */
export function ltr(text: string): string {
  return `\u2066${text}\u2069`;
}
