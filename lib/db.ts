import "server-only";
import fs from "node:fs";
import { databaseFile } from "@/lib/database-url";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// The one Prisma client of the server, kept on globalThis so that dev-mode reloads and the
// build's page workers reuse a single connection.
//
// An open SQLite connection keeps reading a file that was deleted or replaced, so each query
// first checks that the file is still there and still the same file (one stat call): a missing
// file is an error (the API answers 503), a replaced one is opened afresh, which is how the
// API recovers when the file is back.
type Connection = { db: Db; inode: number };
const globalForDb = globalThis as unknown as { steadyDb?: Connection };

/** Which file version the data comes from (throws if the file is missing). Cached answers key on it. */
export function databaseVersion(): string {
  const { ino, mtimeMs, size } = fs.statSync(databaseFile());
  return `${ino}:${mtimeMs}:${size}`;
}

function connection(): Db {
  const { ino } = fs.statSync(databaseFile()); // throws if the file is missing
  const current = globalForDb.steadyDb;
  if (current && current.inode === ino) return current.db;
  current?.db.$disconnect().catch(() => {});
  const db = createPrismaClient(undefined, { mustExist: true });
  globalForDb.steadyDb = { db, inode: ino };
  return db;
}

/** Runs a query; a failure drops the connection, so the next request opens the file afresh. */
export async function query<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = connection();
  try {
    return await fn(db);
  } catch (error) {
    if (globalForDb.steadyDb?.db === db) globalForDb.steadyDb = undefined;
    db.$disconnect().catch(() => {});
    throw error;
  }
}

/** For tests and scripts that need to close the connection. */
export async function disconnect(): Promise<void> {
  const current = globalForDb.steadyDb;
  globalForDb.steadyDb = undefined;
  await current?.db.$disconnect();
}
