import { Fragment } from "react";
import { EmergencyNumber } from "./emergency-number";

// Content strings say {emergency} where the reader's emergency number belongs. Pages are
// static and the region is the reader's, so the number itself is filled in on their device.
export function WithEmergency({ text, fallback }: { text: string; fallback: string }) {
  const parts = text.split("{emergency}");
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <EmergencyNumber fallback={fallback} />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
