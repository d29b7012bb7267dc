import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl, ensureDatabaseDir } from "./lib/database-url";

// The JavaScript schema engine with the better-sqlite3 adapter: migrations run without
// downloading Prisma's native engines (the build machines reach only the npm registry).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    ensureDatabaseDir();
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
