import content from "../../content.json";

// The same words as the story page (written by scripts/bench.mjs from the built site), in a
// bare Next.js page: the floor for serving a page of that size.
export default function Story() {
  return (
    <main>
      {content.paragraphs.map((p, i) => (i === 0 ? <h1 key={i}>{p}</h1> : <p key={i}>{p}</p>))}
    </main>
  );
}
