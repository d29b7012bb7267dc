import { Fragment } from "react";
import { escapeHtml } from "@/lib/html";

// Content text with the reader's emergency number in it, for server components: where the text
// says {emergency} (or {emergencyHeart}, the number for chest pain), a span that the help box
// script (help-box-script.ts) fills with the number of the reader's region, on their device,
// together with the help box and whenever the region changes. Until then, and with no JavaScript,
// the span says "your emergency number".
//
// No React component hydrates or re-renders here (twelve such islands on an explainer cost a
// 160 ms task on a slow phone once the region was known). The span's content is set as HTML, so
// React leaves what the script put there alone. Client components use WithEmergency instead.
const PLACEHOLDER = /\{(emergency|emergencyHeart)\}/;

export function EmergencyText({ text, fallback }: { text: string; fallback: string }) {
  // split() with a capture group keeps the placeholder names at the odd indexes.
  const parts = text.split(PLACEHOLDER);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span
            key={i}
            data-emergency={part === "emergencyHeart" ? "heart" : "general"}
            dangerouslySetInnerHTML={{ __html: `<strong>${escapeHtml(fallback)}</strong>` }}
          />
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
