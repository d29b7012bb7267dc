import { Fragment } from "react";
import { splitOnEmergency } from "@/lib/emergency-placeholder";
import { escapeHtml } from "@/lib/html";

// Content text with the reader's emergency number in it, for server components: where the text
// says {emergency} or {emergencyHeart} (lib/emergency-placeholder.ts), a span that the help box
// script (help-box-script.ts) fills with the number of the reader's region, on their device,
// together with the help box and whenever the region changes. Until then, and with no JavaScript,
// the span says "your emergency number".
//
// No React component hydrates or re-renders here (twelve such islands on an explainer cost a
// 160 ms task on a slow phone once the region was known). The span's content is set as HTML, so
// React leaves what the script put there alone. Client components use WithEmergency instead.
export function EmergencyText({ text, fallback }: { text: string; fallback: string }) {
  return (
    <>
      {splitOnEmergency(text).map((part, i) =>
        typeof part === "string" ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <span
            key={i}
            data-emergency={part.heart ? "heart" : "general"}
            dangerouslySetInnerHTML={{ __html: `<strong>${escapeHtml(fallback)}</strong>` }}
          />
        ),
      )}
    </>
  );
}
