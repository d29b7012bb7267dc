import fs from "node:fs";
import path from "node:path";

// Default: a SQLite file under the git-ignored data/ folder. DATABASE_URL ("file:/abs/path.db"
// or "file:./relative.db", relative to the project root) points elsewhere.
const DEFAULT_URL = "file:./data/steady.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_URL;
}

/** The file path behind a `file:` URL, resolved against the project root. */
export function databaseFile(url = databaseUrl()): string {
  const raw = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), raw);
}

export function ensureDatabaseDir(url = databaseUrl()): void {
  fs.mkdirSync(path.dirname(databaseFile(url)), { recursive: true });
}
