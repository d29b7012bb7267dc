// Region lookup cost at 1k, 10k and 100k helplines, through the real data layer on a real
// SQLite file. The looked-up region always has the same 8 helplines; the rest of the table is
// spread over other regions, so a lookup that grew with the table would show here.
// Run with: node --conditions=react-server --import tsx scripts/bench-lookup.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";

const SIZES = [1_000, 10_000, 100_000];
const LOOKUPS = Number(process.env.LOOKUPS ?? 300);

function seed(file: string, total: number) {
  const sql = new Database(file);
  const insertRegion = sql.prepare(`INSERT INTO "Region" (code, timeZone) VALUES (?, ?)`);
  const insertEmergency = sql.prepare(
    `INSERT INTO "EmergencyNumber" (regionCode, position, service, dial, display, sourceUrl, checkedOn) VALUES (?, 0, 'general', '112', '112', 'https://example.org', 0)`,
  );
  const insertHelpline = sql.prepare(
    `INSERT INTO "Helpline" (id, regionCode, position, slug, name, alwaysOpen, crisis, hours, timeZone, cost, sourceUrl, otherSources, checkedOn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'Europe/London', 'free', 'https://example.org', '[]', 0)`,
  );
  const insertDescription = sql.prepare(`INSERT INTO "HelplineDescription" (helplineId, locale, text) VALUES (?, ?, ?)`);
  const insertTopic = sql.prepare(`INSERT INTO "HelplineTopic" (helplineId, topic) VALUES (?, ?)`);
  const insertLanguage = sql.prepare(`INSERT INTO "HelplineLanguage" (helplineId, tag, position) VALUES (?, 'en', 0)`);
  const insertContact = sql.prepare(
    `INSERT INTO "Contact" (helplineId, position, type, dial, display) VALUES (?, 0, 'phone', '116123', '116 123')`,
  );
  const hours = JSON.stringify({ type: "weekly", days: { mon: [["09:00", "17:00"]], sat: [["18:00", "02:00"]] } });
  sql.transaction(() => {
    const regions = Math.max(2, Math.ceil(total / 8));
    for (let r = 0; r < regions; r++) {
      const code = r === 0 ? "GB" : `R${String(r).padStart(6, "0")}`;
      insertRegion.run(code, "Europe/London");
      insertEmergency.run(code);
    }
    for (let i = 0; i < total; i++) {
      const region = Math.floor(i / 8);
      const code = region === 0 ? "GB" : `R${String(region).padStart(6, "0")}`;
      const id = `${code.toLowerCase()}-line-${i}`;
      insertHelpline.run(id, code, i % 8, `line-${i}`, `Line ${i}`, i % 2, i % 3 === 0 ? 1 : 0, hours);
      insertDescription.run(id, "en", "A synthetic helpline for the benchmark.");
      insertDescription.run(id, "es", "Una línea sintética para la prueba.");
      insertTopic.run(id, i % 3 === 0 ? "crisis" : "anxiety");
      insertLanguage.run(id);
      insertContact.run(id);
    }
  })();
  sql.close();
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "steady-bench-"));
  const template = path.join(dir, "template.db");
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    stdio: "ignore",
  });
  const rows: Array<{ helplines: number; perLookupMs: number; p99Ms: number }> = [];
  for (const size of SIZES) {
    const file = path.join(dir, `${size}.db`);
    fs.copyFileSync(template, file);
    seed(file, size);
    // A fresh data layer (and Prisma client) on this file.
    process.env.DATABASE_URL = `file:${file}`;

    const data = await import(`../lib/data/helplines.ts?size=${size}`);
    for (let i = 0; i < 30; i++) await data.getHelplinesForRegion("GB", "es"); // warm up
    const times: number[] = [];
    for (let i = 0; i < LOOKUPS; i++) {
      const t0 = process.hrtime.bigint();
      const result = await data.getHelplinesForRegion("GB", "es");
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (result.length !== 8) throw new Error(`expected 8 helplines, got ${result.length}`);
    }
    times.sort((a, b) => a - b);
    rows.push({ helplines: size, perLookupMs: times[Math.floor(times.length / 2)], p99Ms: times[Math.floor(times.length * 0.99)] });
    const { disconnect } = await import(`../lib/db.ts?size=${size}`);
    await disconnect();
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log("\nRegion lookup (getHelplinesForRegion, 8 results, median of %d):", LOOKUPS);
  console.log("| helplines in table | median ms / lookup | p99 ms | vs 1k |");
  console.log("| ---: | ---: | ---: | ---: |");
  for (const r of rows)
    console.log(
      `| ${r.helplines.toLocaleString("en")} | ${r.perLookupMs.toFixed(3)} | ${r.p99Ms.toFixed(3)} | ${(r.perLookupMs / rows[0].perLookupMs).toFixed(2)}× |`,
    );
  const growth = rows[rows.length - 1].perLookupMs / rows[0].perLookupMs;
  if (growth > 2) {
    console.error(`✗ a lookup at 100k costs ${growth.toFixed(1)}× one at 1k: the query is not using its index`);
    process.exitCode = 1;
  }
}

main();
