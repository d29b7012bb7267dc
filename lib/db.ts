import "server-only";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// The one Prisma client of the server. Kept on globalThis so that dev-mode reloads and the
// build's page workers reuse a single connection.
const globalForDb = globalThis as unknown as { steadyDb?: Db };

function client(): Db {
  globalForDb.steadyDb ??= createPrismaClient(undefined, { mustExist: true });
  return globalForDb.steadyDb;
}

/**
 * Runs a query; if it fails (file missing, replaced or corrupt) the connection is dropped so
 * the next request opens the file afresh: the API recovers as soon as the file is back.
 */
export async function query<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = client();
  try {
    return await fn(db);
  } catch (error) {
    if (globalForDb.steadyDb === db) globalForDb.steadyDb = undefined;
    db.$disconnect().catch(() => {});
    throw error;
  }
}

/** For tests and scripts that need to close the connection. */
export async function disconnect(): Promise<void> {
  const db = globalForDb.steadyDb;
  globalForDb.steadyDb = undefined;
  await db?.$disconnect();
}
