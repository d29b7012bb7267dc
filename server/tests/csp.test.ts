import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, policy } from "../csp.mjs";

const sha = (body: string) => `sha256-${crypto.createHash("sha256").update(body, "utf8").digest("base64")}`;

describe("inlineScriptHashes", () => {
  it("hashes each executable inline script once, exactly as written", () => {
    const html = `<script>self.__next_f.push([1,"a"])</script><p>x</p><script async="">one()</script><script>one()</script>`;
    expect(inlineScriptHashes(html).sort()).toEqual([sha(`self.__next_f.push([1,"a"])`), sha("one()")].sort());
  });

  it("skips scripts loaded from a file and JSON data blocks, which the browser does not run", () => {
    const html = `<script src="/_next/static/a.js"></script><script type="application/ld+json">{"@type":"WebPage"}</script><script type="application/json">{}</script>`;
    expect(inlineScriptHashes(html)).toEqual([]);
  });

  it("keeps whitespace and non-ASCII text in the hash (a browser hashes the bytes it got)", () => {
    expect(inlineScriptHashes("<script> a('é')\n</script>")).toEqual([sha(" a('é')\n")]);
  });
});

describe("policy", () => {
  it("allows only the site itself and the given hashes to run scripts", () => {
    const p = policy(["sha256-abc"]);
    expect(p).toContain("script-src 'self' 'sha256-abc'");
    expect(p).not.toContain("unsafe-inline' 'sha256");
    expect(p).toContain("frame-ancestors 'none'");
    expect(p).toContain("object-src 'none'");
    expect(policy()).toMatch(/script-src 'self'$/);
  });
});
