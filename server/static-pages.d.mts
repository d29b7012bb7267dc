import type { IncomingMessage, ServerResponse } from "node:http";

export const VARY: string;
export const CACHE_CONTROL: string;
export function chooseEncoding(acceptEncoding: string | undefined): "br" | "gzip" | "identity";
export function prerenderedPages(root: string): Map<string, string>;
export function createStaticPages(
  root: string,
  options?: { budgetBytes?: number },
): {
  size: number;
  has(pathname: string): boolean;
  cachedBytes(): number;
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    headers: { csp: string; etag?: string },
    fallback: () => void,
  ): boolean;
};
