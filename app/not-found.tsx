import Link from "next/link";
import "./globals.css";

// Reached only by paths outside every locale that the proxy does not see (for example a
// static-looking file name): all other unknown paths get app/[locale]/not-found-page.
export default function GlobalNotFound() {
  return (
    <html lang="en" dir="ltr">
      <body>
        <main style={{ maxWidth: "40rem", margin: "2rem auto", padding: "0 1rem" }}>
          <h1>Page not found</h1>
          <p>The address may be wrong, or the page may have moved.</p>
          <p>
            <Link href="/en/helplines">Find a helpline</Link>, or call your local emergency number if you are in danger.
          </p>
          <p>
            <Link href="/">Go to the start page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
