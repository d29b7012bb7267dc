import { notFound } from "next/navigation";
import { helpBoxAsset } from "@/components/help/help-box";
import { routing } from "@/i18n/routing";

// /help-box/{locale}.js: the help box's data and script for one language (components/help/help-box-script.ts).
// Built once as a static file; its address carries a hash of its content, so it is cached for good.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ file: `${locale}.js` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const locale = (await params).file.replace(/\.js$/, "");
  if (!(routing.locales as readonly string[]).includes(locale)) notFound();
  const { source } = await helpBoxAsset(locale);
  return new Response(source, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
