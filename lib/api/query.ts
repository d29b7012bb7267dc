import { z } from "zod";
import { routing } from "@/i18n/routing";
import { CONTACT_TYPES, TOPICS } from "@/lib/helplines/model";

// Query-string validation for /api/helplines. Each parameter at most once, nothing unknown,
// every value from a closed list or a strict pattern.

export const helplinesQuery = z
  .object({
    region: z
      .string({ error: "region is required (an ISO 3166-1 alpha-2 code, e.g. GB)" })
      .regex(/^[A-Za-z]{2}$/, "region must be two letters (ISO 3166-1 alpha-2, e.g. GB)"),
    topic: z.enum(TOPICS, { error: `topic must be one of: ${TOPICS.join(", ")}` }).optional(),
    contact: z.enum(CONTACT_TYPES, { error: `contact must be one of: ${CONTACT_TYPES.join(", ")}` }).optional(),
    language: z
      .string()
      .regex(/^[A-Za-z]{2,3}$/, "language must be a two- or three-letter language code, e.g. es")
      .transform((v) => v.toLowerCase())
      .optional(),
    openNow: z.enum(["true", "false"], { error: "openNow must be true or false" }).optional(),
    locale: z.enum(routing.locales, { error: `locale must be one of: ${routing.locales.join(", ")}` }).optional(),
  })
  .strict();

export type HelplinesQuery = z.infer<typeof helplinesQuery>;

/** URLSearchParams → a validated query, or the first problem as a sentence. */
export function parseHelplinesQuery(params: URLSearchParams): { ok: true; value: HelplinesQuery } | { ok: false; error: string } {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) return { ok: false, error: `${key} was given more than once` };
    raw[key] = values[0];
  }
  const parsed = helplinesQuery.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  if (issue.code === "unrecognized_keys")
    return { ok: false, error: `unknown parameter: ${issue.keys.map((k) => k.slice(0, 40)).join(", ")}` };
  return { ok: false, error: issue.message };
}
