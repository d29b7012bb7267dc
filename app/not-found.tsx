import "./globals.css";

// Reached only by paths outside every locale (for example /file.php): the proxy sends all
// other unknown paths to a locale, where app/[locale]/not-found.tsx answers in the reader's language.
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
