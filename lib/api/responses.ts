import { NextResponse } from "next/server";

// Every API answer is JSON; errors are {"error": "..."} with a 4xx status (5xx only when the
// database itself is unavailable), and never a stack trace.

export function jsonError(status: number, error: string, headers: Record<string, string> = {}) {
  return NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

let lastLogged = 0;

/** The database is missing or broken: one clear log line (at most every 10 s), and 503 for the client. */
export function databaseUnavailable(cause: unknown) {
  const now = Date.now();
  if (now - lastLogged > 10_000) {
    lastLogged = now;
    const reason = cause instanceof Error ? cause.message.split("\n")[0] : String(cause);
    console.error(`[steady] helpline database unavailable: ${reason}`);
  }
  return jsonError(503, "The helpline database is unavailable right now. Pages still work; please try again soon.", {
    "Retry-After": "30",
  });
}
