import "server-only";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

// The one Prisma client of the server. Kept on globalThis so that dev-mode reloads and the
// build's many page workers in one process reuse a single connection.
const globalForDb = globalThis as unknown as { steadyDb?: Db };

export const db: Db = globalForDb.steadyDb ?? createPrismaClient();
globalForDb.steadyDb = db;
