import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { EmergencyText } from "@/components/help/emergency-text";
import { TermButton } from "@/components/story/term-button";
import styles from "@/components/story/story.module.css";
import { Link } from "@/i18n/navigation";
import { EXPLAINERS, STORY_TERMS, type StoryTerm } from "@/lib/content/explainers";
import { pageMetadata } from "@/lib/metadata";
import { toLocale } from "@/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Home" });
  return pageMetadata(locale, "/", t("metaTitle"), t("metaDescription"));
}

export default async function StoryPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale);
  setRequestLocale(locale);
  const [t, th, tn, thb] = await Promise.all([
    getTranslations("Story"),
    getTranslations("Home"),
    getTranslations("Notes"),
    getTranslations("HelpBox"),
  ]);
  const fallback = thb("emergencyNumberFallback");

  const term = (key: StoryTerm) => {
    const Term = (chunks: ReactNode) => <TermButton noteId={`note-${key}`}>{chunks}</TermButton>;
    return Term;
  };
  const rich = {
    q: (chunks: ReactNode) => <q>{chunks}</q>,
    anxiety: term("anxiety"),
    panicAttacks: term("panicAttacks"),
    phobias: term("phobias"),
    cardiophobia: term("cardiophobia"),
    heartFear: term("heartFear"),
  };

  const note = (key: StoryTerm) => {
    const explainer = STORY_TERMS.find((s) => s.key === key)!.explainer;
    return (
      <aside key={key} id={`note-${key}`} className={styles.note} tabIndex={-1} aria-label={th("noteLabel", { term: th(`terms.${key}`) })}>
        <h2 className={styles.noteTitle}>{th(`terms.${key}`)}</h2>
        <p>
          <EmergencyText text={tn.raw(key) as string} fallback={fallback} />
        </p>
        <Link href={`/explainers/${explainer}`}>{th("readMore", { term: th(`terms.${key}`) })}</Link>
      </aside>
    );
  };

  const block = (content: ReactNode, notes: StoryTerm[] = []) => (
    <div className={styles.block}>
      <div className={styles.text}>{content}</div>
      {notes.length > 0 && <div className={styles.notes}>{notes.map(note)}</div>}
    </div>
  );

  return (
    <>
      <article className={styles.story} aria-labelledby="story-title">
        <header className={styles.header}>
          <p className={styles.kicker}>{t("label")}</p>
          <h1 id="story-title" className={styles.headline}>
            {t("headline")}
          </h1>
        </header>
        {block(<p className={styles.standfirst}>{t.rich("standfirst", rich)}</p>)}
        {block(<p>{t.rich("p1", rich)}</p>, ["anxiety"])}
        {block(
          <figure className={styles.video}>
            <figcaption className={styles.videoLabel}>{t("videoLabel")}</figcaption>
            <p className={styles.videoTitle}>{t.rich("videoTitle", rich)}</p>
            <p>{t("videoDescription")}</p>
            <p className={styles.videoPosted}>{t("videoPosted")}</p>
          </figure>,
          ["panicAttacks", "phobias"],
        )}
        {block(<p>{t.rich("p2", rich)}</p>, ["cardiophobia"])}
        {block(
          <blockquote className={styles.quote}>
            <p>{t.rich("p3", rich)}</p>
          </blockquote>,
          ["heartFear"],
        )}
        {block(<p>{t.rich("p4", rich)}</p>)}
        {block(
          <p className={styles.attribution}>
            {t("attribution")}
            {locale !== "en" && (
              <>
                {" "}
                <strong>{t("translatedNote")}</strong>
              </>
            )}
          </p>,
        )}
      </article>

      <section className={styles.more} aria-labelledby="explainers-heading">
        <h2 id="explainers-heading">{th("explainersHeading")}</h2>
        <p>{th("explainersIntro")}</p>
        <ul className={styles.cards}>
          {await Promise.all(
            EXPLAINERS.map(async (e) => {
              const te = await getTranslations(e.namespace);
              return (
                <li key={e.slug} className={styles.card}>
                  <h3 className={styles.cardTitle}>
                    <Link href={`/explainers/${e.slug}`}>{te("title")}</Link>
                  </h3>
                  <p>{te("lead")}</p>
                </li>
              );
            }),
          )}
        </ul>
        <h2>{th("breathingHeading")}</h2>
        <p>
          <Link href={{ pathname: "/explainers/panic-attacks", hash: "breathing" }}>{th("breathingLink")}</Link>
        </p>
      </section>
    </>
  );
}
