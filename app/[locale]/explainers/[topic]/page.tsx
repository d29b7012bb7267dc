import { notFound } from "next/navigation";
import { getFormatter, getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { Breathing } from "@/components/explainer/breathing";
import { CareCards } from "@/components/explainer/care-cards";
import styles from "@/components/explainer/explainer.module.css";
import { EmergencyRule } from "@/components/explainer/emergency-rule";
import { HeartCheck } from "@/components/explainer/heart-check";
import { EmergencyText } from "@/components/help/emergency-text";
import { Link } from "@/i18n/navigation";
import { routing, toLocale } from "@/i18n/routing";
import { EXPLAINERS, findExplainer } from "@/lib/content/explainers";
import { pageMetadata } from "@/lib/metadata";
import enMessages from "@/messages/en.json";

type en = typeof enMessages;

type Params = Promise<{ locale: string; topic: string }>;
type Section = { heading: string; body?: string[]; intro?: string; items?: string[] };
type Content = en["Anxiety"] & Partial<Record<"duringAttack" | "compared" | "hospitalVisits" | "helpingSomeone", Section>>;
type Fact = { text: string; source: string; year: string; url: string };

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => EXPLAINERS.map((e) => ({ locale, topic: e.slug })));
}

export async function generateMetadata({ params }: { params: Params }) {
  const { locale: raw, topic } = await params;
  const locale = toLocale(raw);
  const explainer = findExplainer(topic);
  if (!explainer) return {};
  const t = await getTranslations({ locale, namespace: explainer.namespace });
  return pageMetadata(locale, `/explainers/${explainer.slug}`, t("metaTitle"), t("metaDescription"));
}

export default async function ExplainerPage({ params }: { params: Params }) {
  const { locale: raw, topic } = await params;
  const locale = toLocale(raw);
  setRequestLocale(locale);
  const explainer = findExplainer(topic);
  if (!explainer) notFound();

  const [messages, tx, thb, tHeart, tBreath, format] = await Promise.all([
    getMessages(),
    getTranslations("Explainer"),
    getTranslations("HelpBox"),
    getTranslations("HeartCheck"),
    getTranslations("Breathing"),
    getFormatter(),
  ]);
  // Structured content (lists of paragraphs) is read from the messages directly; its strings
  // contain no ICU syntax other than {emergency}, which EmergencyText fills in.
  const c = messages[explainer.namespace] as Content;
  const heart = messages.HeartCheck;
  const fallback = thb("emergencyNumberFallback");
  const e = (text: string) => <EmergencyText text={text} fallback={fallback} />;
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const withHeartCheck = explainer.slug !== "anxiety";
  const withBreathing = explainer.slug === "panic-attacks";
  const withMedication = explainer.slug !== "cardiophobia"; // the cardiophobia page points to the panic page's note
  const rule = messages.EmergencyRule;
  // Names of journals stay in English in every locale: mark them so screen readers say them right.
  const englishFacts: Fact[] = enMessages[explainer.namespace].howCommon.facts;
  // The journal's name is the English source up to its author list ("Archives of General Psychiatry
  // (Kessler and others)"); where a translation keeps it, that part is marked as English.
  const sourceParts = (i: number, source: string): [string, string] | null => {
    const journal = englishFacts[i]?.source.split(" (")[0];
    return locale !== "en" && journal && source.startsWith(journal) ? [journal, source.slice(journal.length)] : null;
  };

  const prose = (id: string, s: Section | undefined) =>
    s && (
      <section aria-labelledby={`${id}-heading`} id={id}>
        <h2 id={`${id}-heading`}>{s.heading}</h2>
        {s.intro && <p>{e(s.intro)}</p>}
        {s.body?.map((p) => (
          <p key={p}>{e(p)}</p>
        ))}
        {s.items && (
          <ul>
            {s.items.map((item) => (
              <li key={item}>{e(item)}</li>
            ))}
          </ul>
        )}
      </section>
    );

  const sections: Array<[string, Section | undefined]> = [
    ["what-it-is", c.whatItIs],
    ["feels-like", c.feelsLike],
    ["why", c.why],
    ["help-now", c.helpNow],
    ["during-attack", c.duringAttack],
    ["helping-someone", c.helpingSomeone],
    ["compared", c.compared],
    ["hospital-visits", c.hospitalVisits],
    ["treatment", c.treatment],
    ["seeing-a-doctor", { heading: messages.SeeingDoctor.heading, body: messages.SeeingDoctor.body }],
    ["medicine", withMedication ? messages.Medication : undefined],
  ];
  const contents = [
    ...sections.filter(([, s]) => s).map(([id, s]) => ({ id, label: s!.heading })),
    { id: "how-common", label: c.howCommon.heading },
    { id: "get-help", label: c.getHelp.heading },
    ...(withHeartCheck ? [{ id: "heart-check", label: tHeart("title") }] : []),
    ...(withBreathing ? [{ id: "breathing", label: tBreath("title") }] : []),
    { id: "sources", label: tx("sourcesHeading") },
  ];

  return (
    <article className={styles.explainer} aria-labelledby="explainer-title">
      <h1 id="explainer-title">{c.title}</h1>
      <p className={styles.lead}>{e(c.lead)}</p>
      <p className={styles.meta}>
        {tx("lastReviewed", { date: date(explainer.lastReviewed) })} · {tx("nextReview", { date: date(explainer.nextReview) })}
      </p>
      <nav aria-labelledby="contents-heading" className={styles.contents}>
        <h2 id="contents-heading" className={styles.contentsHeading}>
          {tx("onThisPage")}
        </h2>
        <ul>
          {contents.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`}>{item.label.replace("{emergency}", fallback)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <EmergencyRule fallback={fallback} />

      {sections.map(([id, s]) =>
        id === "seeing-a-doctor" ? (
          <section aria-labelledby={`${id}-heading`} id={id} key={id}>
            <h2 id={`${id}-heading`}>{messages.SeeingDoctor.heading}</h2>
            {messages.SeeingDoctor.body.map((p) => (
              <p key={p}>{p}</p>
            ))}
            <h3>{messages.SeeingDoctor.asksHeading}</h3>
            <ul>
              {messages.SeeingDoctor.asks.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </section>
        ) : (
          prose(id, s)
        ),
      )}

      <section aria-labelledby="how-common-heading" id="how-common">
        <h2 id="how-common-heading">{c.howCommon.heading}</h2>
        <ul className={styles.facts}>
          {c.howCommon.facts.map((f, i) => (
            <li key={f.text}>
              {f.text}{" "}
              <span className={styles.factSource}>
                (
                <a href={f.url} rel="noreferrer">
                  {tx.rich("factSource", {
                    name: f.source,
                    year: f.year,
                    source: (chunks) => {
                      const parts = sourceParts(i, f.source);
                      return parts ? (
                        <>
                          <span lang="en">{parts[0]}</span>
                          {parts[1]}
                        </>
                      ) : (
                        chunks
                      );
                    },
                  })}
                </a>
                )
              </span>
            </li>
          ))}
        </ul>
      </section>

      <CareCards
        heading={c.getHelp.heading}
        cards={{
          ...c.getHelp,
          immediate: { heading: rule.immediateHeading, items: [...rule.signs, rule.suicide], action: rule.immediateAction },
        }}
        labels={{
          nonUrgent: tx("careCardLabels.nonUrgent"),
          urgent: tx("careCardLabels.urgent"),
          immediate: tx("careCardLabels.immediate"),
        }}
        fallback={fallback}
      />

      {withHeartCheck && (
        <HeartCheck
          strings={{
            title: tHeart("title"),
            intro: tHeart.raw("intro") as string,
            legendHint: tHeart("legendHint"),
            questions: heart.questions,
            options: heart.options,
            resultPending: heart.resultPending,
            emergency: heart.emergency,
            noSigns: heart.noSigns,
            emergencyFallback: fallback,
          }}
        />
      )}
      {withBreathing && (
        <Breathing
          strings={{
            title: tBreath("title"),
            intro: tBreath("intro"),
            steps: messages.Breathing.steps,
            start: tBreath("start"),
            stop: tBreath("stop"),
            breatheIn: tBreath("breatheIn"),
            breatheOut: tBreath("breatheOut"),
            reducedMotion: tBreath("reducedMotion"),
            emergencyFallback: fallback,
          }}
        />
      )}

      <section aria-labelledby="sources-heading" id="sources">
        <h2 id="sources-heading">{tx("sourcesHeading")}</h2>
        <ul className={styles.sources}>
          {c.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} rel="noreferrer" lang="en">
                {s.title}
              </a>{" "}
              <span lang="en">({s.publisher})</span>
            </li>
          ))}
        </ul>
      </section>

      <nav aria-labelledby="related-heading" className={styles.related}>
        <h2 id="related-heading">{tx("related")}</h2>
        <ul>
          {await Promise.all(
            EXPLAINERS.filter((x) => x.slug !== explainer.slug).map(async (x) => {
              const tr = await getTranslations(x.namespace);
              return (
                <li key={x.slug}>
                  <Link href={`/explainers/${x.slug}`}>{tr("title")}</Link>
                </li>
              );
            }),
          )}
          <li>
            <Link href="/">{(await getTranslations("Layout"))("nav.story")}</Link>
          </li>
        </ul>
      </nav>
    </article>
  );
}
