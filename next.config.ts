import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { policy } from "./server/csp.mjs";
import { securityHeaders } from "./server/security-headers.mjs";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const isDev = process.env.NODE_ENV !== "production";

// Development only: the production server (server/main.mjs) sends every prerendered page a
// policy with the hashes of its own inline scripts instead (server/csp.mjs). Dev mode's inline
// scripts change on every edit and React's tools need eval.
const devContentSecurityPolicy = policy([], ["'unsafe-inline'", "'unsafe-eval'"]);

const headers = [...(isDev ? [{ key: "Content-Security-Policy", value: devContentSecurityPolicy }] : []), ...securityHeaders];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Pages get an ETag computed once after the build (server/csp.mjs, server/main.mjs);
  // Next would hash the whole page again on every request.
  generateEtags: false,
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/client"],
  async headers() {
    return [
      { source: "/:path*", headers },
      // The service worker must always be fresh, or a fix to it would wait for the cache.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
