// Loads the helpline data files into the database: validated first, then one transaction.
//   npm run db:seed            import if the files changed since the last import (or the db is empty)
//   npm run db:seed -- --force import even if nothing changed
//   npm run db:seed -- --dir X import from another folder (used by tests)
import { createPrismaClient } from "@/lib/prisma-client";
import { DataFileError, importDataSet, lastImportDigest, loadDataFiles, DEFAULT_DATA_DIR } from "@/lib/helplines/import";

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const dirIndex = args.indexOf("--dir");
  const dir = dirIndex >= 0 ? args[dirIndex + 1] : DEFAULT_DATA_DIR;
  const set = loadDataFiles(dir);
  const db = createPrismaClient();
  try {
    if (!force && (await lastImportDigest(db)) === set.digest) {
      console.log(`Helpline data unchanged (${set.files.length} regions); nothing to import.`);
      return;
    }
    const r = await importDataSet(db, set);
    console.log(`Imported ${r.regions} regions, ${r.helplines} helplines, ${r.emergency} emergency numbers.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((e) => {
  console.error(e instanceof DataFileError ? e.message : e);
  process.exit(1);
});
