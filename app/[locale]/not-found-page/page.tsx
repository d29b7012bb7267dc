import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/page/not-found-content";
import { toLocale } from "@/i18n/routing";

// The localized 404 page, prerendered for every locale. proxy.ts rewrites every unknown path
// inside a locale to it with status 404 (Next's own notFound() boundary renders an empty shell
// for [locale] layouts since 16.3, so it is not used for unknown paths).
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("metaTitle"), robots: { index: false, follow: true } };
}

export default async function NotFoundPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale(toLocale((await params).locale));
  return <NotFoundContent />;
}
