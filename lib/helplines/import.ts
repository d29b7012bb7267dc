import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/prisma-client";
import { checkNumbers } from "./number-check";
import { regionFileSchema, type RegionFile } from "./schema";

// Data files → validated records → one transaction. Nothing is written unless every file is
// valid, and a failure inside the transaction rolls all of it back.

const IMPORT_FORMAT = 2;

export const DEFAULT_DATA_DIR = path.join(process.cwd(), "prisma", "data", "regions");

export class DataFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`Helpline data refused, nothing was imported:\n  - ${problems.join("\n  - ")}`);
    this.name = "DataFileError";
  }
}

export type LoadedFile = { file: string; data: RegionFile };
export type DataSet = { files: LoadedFile[]; digest: string };

/** Names the record (by slug where it has one) and the field of a problem at `p`. */
function describeProblem(relFile: string, raw: unknown, p: readonly PropertyKey[], message: string): string {
  let record = "file";
  let rest = p;
  if ((p[0] === "helplines" || p[0] === "emergency") && typeof p[1] === "number") {
    const item = (raw as Record<string, unknown[]>)?.[p[0]]?.[p[1]] as { slug?: unknown } | undefined;
    const slug = typeof item?.slug === "string" ? ` "${item.slug}"` : "";
    record = `${p[0]}[${p[1]}]${slug}`;
    rest = p.slice(2);
  }
  const field = rest.length
    ? rest
        .map((k) => (typeof k === "number" ? `[${k}]` : `.${String(k)}`))
        .join("")
        .replace(/^\./, "")
    : "(whole record)";
  return `${relFile}: record ${record}, field ${field}: ${message}`;
}

export type FileCheck = { data: RegionFile; problems: [] } | { data: null; problems: string[] };

/** Validates one data file's text: JSON, the schema, its name, and every number against libphonenumber. */
export function checkDataFile(name: string, rel: string, text: string): FileCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { data: null, problems: [`${rel}: not valid JSON (${(e as Error).message})`] };
  }
  const parsed = regionFileSchema.safeParse(raw);
  if (!parsed.success) {
    return { data: null, problems: parsed.error.issues.map((issue) => describeProblem(rel, raw, issue.path, issue.message)) };
  }
  const expected = `${parsed.data.code.toLowerCase()}.json`;
  if (name !== expected) return { data: null, problems: [`${rel}: record file, field code: "${parsed.data.code}" belongs in ${expected}`] };
  const numbers = checkNumbers(parsed.data);
  if (numbers.length) return { data: null, problems: numbers.map((n) => describeProblem(rel, raw, n.path, n.message)) };
  return { data: parsed.data, problems: [] };
}

export function loadDataFiles(dir = DEFAULT_DATA_DIR): DataSet {
  const problems: string[] = [];
  const files: LoadedFile[] = [];
  // The format version is part of the digest, so a change to what the import writes re-imports unchanged files.
  const hash = crypto.createHash("sha256").update(`format ${IMPORT_FORMAT}\0`);
  if (!fs.existsSync(dir)) throw new DataFileError([`${dir}: folder not found`]);
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort();
  if (names.length === 0) problems.push(`${dir}: no .json data files`);
  for (const name of names) {
    const full = path.join(dir, name);
    const rel = path.relative(process.cwd(), full) || full;
    const text = fs.readFileSync(full, "utf8");
    hash.update(name).update("\0").update(text).update("\0");
    const check = checkDataFile(name, rel, text);
    if (check.data) files.push({ file: rel, data: check.data });
    else problems.push(...check.problems);
  }
  if (problems.length) throw new DataFileError(problems);
  return { files, digest: hash.digest("hex") };
}

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export type ImportResult = { regions: number; helplines: number; emergency: number; digest: string };

/**
 * Makes the database hold exactly what the files say (idempotent: a second run changes nothing
 * a reader can see). Regions and helplines are upserted by key; their child rows are replaced;
 * anything no longer in the files is removed.
 */
export async function importDataSet(db: Db, set: DataSet): Promise<ImportResult> {
  let helplineCount = 0;
  let emergencyCount = 0;
  await db.$transaction(
    async (tx) => {
      const codes = set.files.map((f) => f.data.code);
      await tx.region.deleteMany({ where: { code: { notIn: codes } } });
      for (const { data } of set.files) {
        await tx.region.upsert({
          where: { code: data.code },
          create: { code: data.code, timeZone: data.timeZone },
          update: { timeZone: data.timeZone },
        });
        await tx.emergencyNumber.deleteMany({ where: { regionCode: data.code } });
        await tx.emergencyNumber.createMany({
          data: data.emergency.map((e, position) => ({
            regionCode: data.code,
            position,
            service: e.service,
            dial: e.dial,
            display: e.display,
            area: e.area ? JSON.stringify(e.area) : null,
            note: e.note ? JSON.stringify(e.note) : null,
            chestPain: e.chestPain ?? false,
            sourceUrl: e.sourceUrl,
            checkedOn: day(e.checkedOn),
          })),
        });
        emergencyCount += data.emergency.length;
        const ids = data.helplines.map((h) => `${data.code.toLowerCase()}-${h.slug}`);
        await tx.helpline.deleteMany({ where: { regionCode: data.code, id: { notIn: ids } } });
        for (const [position, h] of data.helplines.entries()) {
          const id = ids[position];
          const fields = {
            regionCode: data.code,
            position,
            slug: h.slug,
            name: h.name,
            alwaysOpen: h.hours.type === "always",
            crisis: h.topics.includes("crisis"),
            hours: JSON.stringify(h.hours),
            timeZone: h.timeZone ?? data.timeZone,
            cost: h.cost,
            freeFromMobile: h.freeFromMobile,
            reachableFromAbroad: h.reachableFromAbroad,
            sourceUrl: h.sourceUrl,
            otherSources: JSON.stringify(h.otherSources ?? []),
            checkedOn: day(h.checkedOn),
            notes: h.notes ?? null,
          };
          await tx.helpline.upsert({ where: { id }, create: { id, ...fields }, update: fields });
          await tx.helplineDescription.deleteMany({ where: { helplineId: id } });
          await tx.helplineTopic.deleteMany({ where: { helplineId: id } });
          await tx.helplineLanguage.deleteMany({ where: { helplineId: id } });
          await tx.contact.deleteMany({ where: { helplineId: id } });
          await tx.helplineDescription.createMany({
            data: Object.entries(h.description).map(([locale, text]) => ({ helplineId: id, locale, text: text as string })),
          });
          await tx.helplineTopic.createMany({ data: [...new Set(h.topics)].map((topic) => ({ helplineId: id, topic })) });
          await tx.helplineLanguage.createMany({
            data: [...new Set(h.languages.map((tag) => Intl.getCanonicalLocales(tag)[0]))].map((tag, position) => ({
              helplineId: id,
              tag,
              position,
            })),
          });
          await tx.contact.createMany({
            data: h.contacts.map((c, i) => ({
              helplineId: id,
              position: i,
              type: c.type,
              dial: "dial" in c ? c.dial : null,
              display: "display" in c ? c.display : null,
              keyword: "keyword" in c ? (c.keyword ?? null) : null,
              url: "url" in c ? c.url : null,
              address: "address" in c ? c.address : null,
              note: "note" in c && c.note ? JSON.stringify(c.note) : null,
              cost: "cost" in c ? (c.cost ?? null) : null,
            })),
          });
          helplineCount++;
        }
      }
      await tx.dataImport.create({ data: { digest: set.digest, regions: set.files.length, helplines: helplineCount } });
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { regions: set.files.length, helplines: helplineCount, emergency: emergencyCount, digest: set.digest };
}

/** The digest of the last successful import, or null for an empty database. */
export async function lastImportDigest(db: Db): Promise<string | null> {
  const last = await db.dataImport.findFirst({ orderBy: { id: "desc" } });
  return last?.digest ?? null;
}
