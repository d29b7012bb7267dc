import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { HelpBox, HelpBoxHead } from "@/components/help/help-box";
import { SiteFooter } from "@/components/layout/site-footer";
import { ServiceWorker } from "@/components/layout/service-worker";
import { SiteHeader } from "@/components/layout/site-header";
import { RegionProvider } from "@/components/region/region-provider";
import { languageTag } from "@/i18n/locales";
import { directionOf, routing, toLocale } from "@/i18n/routing";
import { SITE_URL } from "@/lib/metadata";
import { OFFLINE_PATHS } from "@/lib/site-pages";
import type en from "@/messages/en.json";
import styles from "./layout.module.css";

type HelpBoxMessages = (typeof en)["HelpBox"];

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(SITE_URL),
    title: { template: `%s · ${t("siteName")}`, default: t("siteName") },
    description: t("description"),
    applicationName: t("siteName"),
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#1f5f5b",
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  if (!hasLocale(routing.locales, requested)) notFound();
  const locale = toLocale(requested);
  setRequestLocale(locale);

  const [t, th, te] = await Promise.all([
    getTranslations({ locale, namespace: "Layout" }),
    getTranslations({ locale, namespace: "HelpBox" }),
    getTranslations({ locale, namespace: "ErrorPage" }),
  ]);
  const raw = (key: keyof HelpBoxMessages) => th.raw(key) as string;
  const helpBoxStrings = {
    heading: raw("heading"),
    emergencyLead: raw("emergencyLead"),
    call: raw("call"),
    text: raw("text"),
    emergencyFallback: raw("emergencyFallback"),
    chooseRegion: raw("chooseRegion"),
    regionGuessed: raw("regionGuessed"),
    regionChosen: raw("regionChosen"),
    change: raw("change"),
    moreHelplines: raw("moreHelplines"),
    allHelplines: raw("allHelplines"),
    noSupportLine: raw("noSupportLine"),
    directories: raw("directories"),
    or: raw("or"),
  };

  return (
    <html lang={languageTag(locale)} dir={directionOf(locale)}>
      <head>
        <HelpBoxHead locale={locale} />
      </head>
      <body>
        <a href="#main" className={styles.skip}>
          {t("skipLink")}
        </a>
        <RegionProvider or={raw("or")}>
          <SiteHeader locale={locale} />
          <HelpBox locale={locale} strings={helpBoxStrings} />
          <main id="main" tabIndex={-1} className={styles.main}>
            {children}
          </main>
          <SiteFooter />
        </RegionProvider>
        <ServiceWorker locale={locale} offlinePages={OFFLINE_PATHS.map((path) => `/${locale}${path}`)} />
        {/* Words for the client-side error page, which cannot load messages itself. */}
        <script
          type="application/json"
          id="error-strings"
          dangerouslySetInnerHTML={{
            __html: JSON.stringify({
              title: te("title"),
              body: te("body"),
              retry: te("retry"),
              helplines: te("helplines"),
              locale,
            }).replace(/</g, "\\u003c"),
          }}
        />
      </body>
    </html>
  );
}
