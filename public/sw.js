// Steady's service worker: pages a reader has opened keep working with no network, so the
// numbers they need never depend on a connection.
//  - Pages (navigations): network first, with a short wait; on failure or a slow network, the
//    copy saved the last time. Only complete 200 pages are saved.
//  - Built assets (/_next/static and /help-box, immutable addresses) and icons: cache first.
//  - The JSON API and everything else: straight to the network, never cached.
// The first page of a language asks it to save that language's story, explainers and directory (the
// page sends their addresses: lib/site-pages.ts lists them).
const VERSION = "steady-v2";
const PAGES = `${VERSION}-pages`;
const ASSETS = `${VERSION}-assets`;
const NETWORK_WAIT_MS = 4000;
const MAX_ASSETS = 200;

// Pages of a language are saved when a page of that language first asks (one worker for every
// language: a new language only adds pages, it never installs a new worker). At most this many.
const MAX_PRECACHE = 20;
// A same-site page address: "/{locale}" and lower-case path segments, nothing else.
const PAGE_ADDRESS = /^\/[a-z]{2,3}(?:\/[a-z0-9-]+)*$/;

// The page's built CSS and JavaScript, and its help box script (/help-box/{locale}.js?v={hash}).
const ASSET_IN_HTML = /\/(?:_next\/static\/[^"'\s)\\]+|help-box\/[a-z]+\.js\?v=[0-9a-f]+)(?=["'\s)\\])/g;

async function savePage(request, response) {
  if (!response || response.status !== 200 || response.type !== "basic") return;
  const type = response.headers.get("content-type") || "";
  if (!type.includes("text/html")) return;
  const cache = await caches.open(PAGES);
  await cache.put(request, response.clone());
  // The page's own CSS and JavaScript, so it renders offline as it did online.
  const html = await response.clone().text();
  const assets = await caches.open(ASSETS);
  await Promise.all(
    [...new Set(html.match(ASSET_IN_HTML) || [])].map(async (url) => {
      if (await assets.match(url)) return;
      try {
        const r = await fetch(url);
        if (r.ok) await assets.put(url, r);
      } catch {
        /* offline: it will be saved on a later visit */
      }
    }),
  );
}

self.addEventListener("install", () => self.skipWaiting());

// The page the reader is on first (its first load came before the worker), then the pages it lists.
async function precache(locale, current, paths) {
  if (!/^[a-z]{2,3}$/.test(locale)) return;
  const inLocale = (url) => typeof url === "string" && PAGE_ADDRESS.test(url) && (url === `/${locale}` || url.startsWith(`/${locale}/`));
  const listed = Array.isArray(paths) ? paths.filter(inLocale).slice(0, MAX_PRECACHE) : [];
  for (const url of new Set([...(inLocale(current) ? [current] : []), ...listed])) {
    if (await caches.match(url, { cacheName: PAGES })) continue;
    try {
      await savePage(new Request(url), await fetch(url));
    } catch {
      /* offline: pages are saved as they are visited */
    }
  }
}

self.addEventListener("message", (event) => {
  if (event.data && typeof event.data.precache === "string")
    event.waitUntil(precache(event.data.precache, event.data.page, event.data.paths));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !k.startsWith(VERSION)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function trimAssets() {
  const cache = await caches.open(ASSETS);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_ASSETS)).map((k) => cache.delete(k)));
}

// The page goes to the reader as soon as it arrives; saving it (and fetching its assets) happens
// afterwards, so no navigation ever waits on the cache.
async function page(event) {
  const request = event.request;
  const network = fetch(request).then((response) => {
    event.waitUntil(savePage(request, response.clone()).catch(() => {}));
    return response;
  });
  const saved = caches.match(request, { cacheName: PAGES });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  try {
    // The network wins unless it is slow and a saved copy exists.
    const first = await Promise.race([network, timeout.then(() => saved)]);
    if (first) return first;
    return await network;
  } catch {
    const copy = await saved;
    if (copy) return copy;
    throw new Error("offline and not saved");
  }
}

async function asset(request) {
  const cached = await caches.match(request, { cacheName: ASSETS });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(ASSETS);
    await cache.put(request, response.clone());
    trimAssets();
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(event));
  } else if (
    url.pathname.startsWith("/_next/static/") ||
    url.pathname.startsWith("/help-box/") ||
    url.pathname === "/icon.svg" ||
    url.pathname === "/manifest.webmanifest"
  ) {
    event.respondWith(asset(request));
  }
});
