import { describe, expect, it } from "vitest";
import { checkRequest } from "../request-guard.mjs";

const status = (method: string, target: string) => checkRequest(method, target)?.status ?? "ok";

describe("the server's first look at a request", () => {
  it("lets through what browsers send", () => {
    for (const t of [
      "/",
      "/en",
      "/ar/helplines/gb?topic=crisis",
      "/api/helplines?region=GB",
      "/_next/static/chunks/a.js",
      "/help-box/en.js?v=abc",
    ])
      expect(status("GET", t), t).toBe("ok");
    expect(status("HEAD", "/en")).toBe("ok");
  });

  it("refuses request targets that are not paths", () => {
    for (const t of ["*", "http://other.example/en", "https://x/", "//other.example/en", "", "en"]) expect(status("GET", t), t).toBe(400);
  });

  it("refuses broken percent-encoding, control characters and dot-segments, under /api/ as JSON", () => {
    for (const t of [
      "/%",
      "/en/%E0%A4%A",
      "/api/%zz",
      "/en/%0a",
      "/en/a%00b",
      "/api/../etc/passwd",
      "/en/./about",
      "/api/%2e%2e/x",
      "/x/%2E/y",
    ])
      expect(status("GET", t), t).toBe(400);
    expect(checkRequest("GET", "/api/%zz")).toMatchObject({ json: true });
    expect(checkRequest("GET", "/en/%0a")).toMatchObject({ json: false });
  });

  it("answers methods other than GET and HEAD with 405 and Allow, under /api/ in JSON", () => {
    for (const m of ["POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECT", "PROPFIND"]) {
      expect(checkRequest(m, "/api/regions"), m).toMatchObject({ status: 405, allow: "GET, HEAD", json: true });
      expect(checkRequest(m, "/en"), m).toMatchObject({ status: 405, allow: "GET, HEAD", json: false });
    }
  });

  it("closes Next's paths the site does not use, and refuses very long targets", () => {
    for (const t of ["/_next/image?url=%2Ficon.svg&w=64&q=75", "/_global-error", "/_not-found"]) expect(status("GET", t), t).toBe(404);
    expect(status("GET", `/en?${"x".repeat(5000)}`)).toBe(414);
  });
});
