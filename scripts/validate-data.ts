// npx tsx scripts/validate-data.ts [files…]: checks helpline data files as the import would (schema,
// file name, libphonenumber) without touching the database. With no files: every file in
// prisma/data/regions. Exits 1 and names the file, record and field of each problem.
import fs from "node:fs";
import path from "node:path";
import { checkDataFile, DEFAULT_DATA_DIR } from "@/lib/helplines/import";

const args = process.argv.slice(2);
const files = args.length
  ? args
  : fs
      .readdirSync(DEFAULT_DATA_DIR)
      .filter((n) => n.endsWith(".json"))
      .map((n) => path.join(DEFAULT_DATA_DIR, n));
let bad = 0;
for (const file of files) {
  const rel = path.relative(process.cwd(), file) || file;
  const check = fs.existsSync(file)
    ? checkDataFile(path.basename(file), rel, fs.readFileSync(file, "utf8"))
    : { problems: [`${rel}: not found`] };
  if (check.problems.length) {
    bad++;
    for (const p of check.problems) console.log(`✗ ${p}`);
  } else console.log(`✓ ${rel}`);
}
console.log(`${files.length - bad} of ${files.length} file(s) valid.`);
process.exitCode = bad ? 1 : 0;
