import { getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/page/not-found-content";

// Kept for notFound() calls inside a locale; unknown paths are answered by not-found-page (see proxy.ts).
export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <>
      <title>{`${t("metaTitle")} · Steady`}</title>
      <NotFoundContent />
    </>
  );
}
