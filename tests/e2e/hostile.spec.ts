import net from "node:net";
import { expect, test } from "@playwright/test";

// Requests no browser sends, by class: each gets a clean 4xx (or an ordinary answer), never a
// 5xx, a hang or a page with the wrong headers. Raw sockets where an HTTP client would tidy the
// request first.
const PORT = Number(process.env.E2E_PORT ?? 3210);

function raw(request: string, { timeoutMs = 3000 } = {}): Promise<{ status: number; head: string; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(PORT, "127.0.0.1");
    let data = "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), head: data.split("\r\n\r\n")[0], closed: false });
    }, timeoutMs);
    socket.on("data", (chunk) => (data += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), head: data.split("\r\n\r\n")[0], closed: true });
    });
    socket.write(request);
  });
}

test("request targets that are not paths get 400, and are never redirected to the host they name", async () => {
  for (const target of ["*", "http://evil.example/", "http://evil.example/en", "//evil.example/en"]) {
    const r = await raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    expect(r.status, target).toBe(400);
    expect(r.head, target).not.toMatch(/location:\s*\S*evil/i);
  }
});

test("dot-segments, control characters and broken encodings get 400, under /api/ as JSON", async ({ request }) => {
  for (const target of [
    "/api/../etc/passwd",
    "/api/%2e%2e/helplines",
    "/en/./about",
    "/en/%0d%0aSet-Cookie:x=1",
    "/en/a%00b",
    "/api/%zz",
  ]) {
    const r = await raw(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
    expect(r.status, target).toBe(400);
    expect(r.head, target).not.toMatch(/set-cookie/i);
  }
  const api = await request.get("/api/%zz");
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ error: expect.any(String) });
});

test("every method but GET and HEAD gets 405 with Allow; under /api/ the body is JSON", async ({ request }) => {
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
    for (const path of ["/api/regions", "/api/helplines?region=GB"]) {
      const r = await request.fetch(path, { method });
      expect(r.status(), `${method} ${path}`).toBe(405);
      expect(r.headers()["allow"]).toBe("GET, HEAD");
      expect(await r.json()).toEqual({ error: expect.any(String) });
      expect(r.headers()["content-security-policy"]).toContain("default-src 'self'");
    }
    const page = await request.fetch("/en", { method });
    expect(page.status(), `${method} /en`).toBe(405);
  }
  const propfind = await raw("PROPFIND /api/regions HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  expect(propfind.status).toBe(405);
});

test("an Upgrade request is answered and its socket closed, not held open", async () => {
  for (const path of ["/", "/no-such-path", "/api/regions", "/_next/webpack-hmr"]) {
    const r = await raw(
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`,
    );
    expect(r.closed, path).toBe(true);
    expect(r.status, path).toBeGreaterThanOrEqual(400);
    expect(r.status, path).toBeLessThan(500);
  }
});

test("ranges, the image optimizer, internal error pages, the 404 page and favicon.ico get clean answers", async ({ request }) => {
  const css = (await (await request.get("/en")).text()).match(/\/_next\/static\/[^"]+\.css/)![0];
  for (const range of ["bytes=999999999-", "bytes=5-1", "bytes=x", "bytes=0-1,2-3,4-5"]) {
    const r = await request.get(css, { headers: { Range: range } });
    expect(r.status(), range).toBeLessThan(500);
  }
  expect((await request.get("/_next/image?url=%2Ficon.svg&w=64&q=75")).status()).toBe(404);
  const globalError = await request.get("/_global-error");
  expect(globalError.status()).toBe(404);
  expect(globalError.headers()["cache-control"] ?? "").not.toContain("31536000");
  const notFound = await request.get("/en/no-such-page");
  expect(notFound.status()).toBe(404);
  expect(notFound.headers()["etag"]).toBeUndefined();
  const direct = await request.get("/en/not-found-page", { headers: { "If-None-Match": '"anything"' } });
  expect(direct.status()).not.toBe(304);
  expect(direct.headers()["etag"]).toBeUndefined();
  const favicon = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(favicon.status()).toBe(301);
  expect(favicon.headers()["location"]).toBe("/icon.svg");
});

test("Accept-Encoding: a refused coding stays refused, * accepts the others, bad weights refuse", async ({ request }) => {
  const enc = async (value: string) =>
    (await request.get("/en", { headers: { "Accept-Encoding": value } })).headers()["content-encoding"] ?? "identity";
  expect(await enc("gzip;q=0, *")).toBe("br");
  expect(await enc("br;q=0, gzip;q=0, *")).toBe("identity");
  expect(await enc("gzip;q=abc")).toBe("identity");
  expect(await enc("br;q=0, gzip")).toBe("gzip");
});

test("a huge Accept-Language with many distinct tags is answered at once, and nobody else waits", async ({ request }) => {
  const tags = Array.from({ length: 1500 }, (_, i) => `x${i.toString(36)}-${(i * 7919).toString(36)};q=0.${(i % 9) + 1}`).join(",");
  const header = `${tags.slice(0, 12_000)},fr;q=0.95`;
  const started = Date.now();
  const [hostile, reader] = await Promise.all([
    request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 }),
    request.get("/en/helplines/gb"),
  ]);
  expect(hostile.status()).toBe(307);
  expect(reader.status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(2000);
  // Twenty more in a row: the answer time does not grow (no cache that fills up).
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = Date.now();
    await request.get("/", { headers: { "Accept-Language": `${header},y${i}` }, maxRedirects: 0 });
    times.push(Date.now() - t);
  }
  expect(Math.max(...times)).toBeLessThan(1000);
});
