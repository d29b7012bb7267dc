import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, ensureDatabaseDir } from "@/lib/database-url";

export type Db = PrismaClient;

/**
 * A Prisma client on the SQLite file behind `url` (default: DATABASE_URL or data/steady.db).
 * `mustExist` is for the running site: a missing file is an error to report, not an empty
 * database to create (migrations and the seed create it).
 */
export function createPrismaClient(url = databaseUrl(), { mustExist = false } = {}): PrismaClient {
  if (!mustExist) ensureDatabaseDir(url);
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, fileMustExist: mustExist }) });
}
