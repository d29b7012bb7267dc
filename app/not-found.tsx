/* eslint-disable @next/next/no-html-link-for-pages -- plain links on purpose: see below */
import "./globals.css";

// Reached only by paths outside every locale that the proxy does not see (for example a
// static-looking file name): all other unknown paths get app/[locale]/not-found-page.
// Plain links, not next/link: this boundary's code is loaded with every page, and next/link
// would add about 3 kB of JavaScript to each of them.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <main style={{ maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
          <h1>Page not found</h1>
          <p>The address may be wrong, or the page may have moved.</p>
          <p>
            <a href="/en/helplines">Find a helpline</a>, or call your local emergency number if you are in danger.
          </p>
          <p>
            <a href="/">Go to the start page</a>
          </p>
        </main>
      </body>
    </html>
  );
}
