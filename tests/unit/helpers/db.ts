import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/prisma-client";

/** A fresh, migrated SQLite database in a temporary file, with a Prisma client on it. */
export function freshDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-db-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(inject("templateDb"), file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    db,
    url,
    file,
    async close() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Everything in the database as plain rows, ordered, for before/after comparisons. */
export async function snapshot(db: ReturnType<typeof createPrismaClient>) {
  const [regions, emergency, helplines, descriptions, topics, languages, contacts] = await Promise.all([
    db.region.findMany({ orderBy: { code: "asc" }, select: { code: true, timeZone: true } }),
    db.emergencyNumber.findMany({ orderBy: [{ regionCode: "asc" }, { position: "asc" }], omit: { id: true } }),
    db.helpline.findMany({ orderBy: { id: "asc" } }),
    db.helplineDescription.findMany({ orderBy: [{ helplineId: "asc" }, { locale: "asc" }] }),
    db.helplineTopic.findMany({ orderBy: [{ helplineId: "asc" }, { topic: "asc" }] }),
    db.helplineLanguage.findMany({ orderBy: [{ helplineId: "asc" }, { tag: "asc" }] }),
    db.contact.findMany({ orderBy: [{ helplineId: "asc" }, { position: "asc" }], omit: { id: true } }),
  ]);
  return { regions, emergency, helplines, descriptions, topics, languages, contacts };
}
