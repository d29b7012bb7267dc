import { jsonError } from "@/lib/api/responses";

// Any other address under /api: a JSON 404, whatever the method.
function notFound() {
  return jsonError(404, "no such API endpoint; see /api/helplines and /api/regions");
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
