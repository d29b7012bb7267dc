// The framework's floor for `npm run bench` and the JavaScript budget: a bare Next.js page of
// the same version as the site, with one heading.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
