import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, ensureDatabaseDir } from "@/lib/database-url";

export type Db = PrismaClient;

/** A Prisma client on the SQLite file behind `url` (default: DATABASE_URL or data/steady.db). */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  ensureDatabaseDir(url);
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
}
