export function checkRequest(
  method: string | undefined,
  target: string | undefined,
): { status: number; message: string; json: boolean; allow?: string } | null;
