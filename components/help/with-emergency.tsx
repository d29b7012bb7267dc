import { Fragment } from "react";
import { splitOnEmergency } from "@/lib/emergency-placeholder";
import { EmergencyNumber } from "./emergency-number";

// Content text with the reader's emergency number in it, for client components (the heart check's
// answers, the breathing steps), which React renders on the device. Server components use
// EmergencyText, which the help box script fills without React.
export function WithEmergency({ text, fallback }: { text: string; fallback: string }) {
  return (
    <>
      {splitOnEmergency(text).map((part, i) =>
        typeof part === "string" ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <EmergencyNumber key={i} fallback={fallback} forChestPain={part.heart} />
        ),
      )}
    </>
  );
}
