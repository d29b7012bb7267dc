import { Fragment } from "react";
import { EmergencyNumber } from "./emergency-number";

// For client components (the heart check's answers, the breathing steps), which React renders on
// the device: server components use EmergencyText, which the help box script fills without React.
// Content strings say {emergency} where the reader's emergency number belongs, and
// {emergencyHeart} where the number for chest pain belongs (the same number, except in regions
// whose health services name a medical one, such as France's 15). Pages are static and the
// region is the reader's, so the number itself is filled in on their device.
const PLACEHOLDER = /\{(emergency|emergencyHeart)\}/;

export function WithEmergency({ text, fallback }: { text: string; fallback: string }) {
  // split() with a capture group keeps the placeholder names at the odd indexes.
  const parts = text.split(PLACEHOLDER);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <EmergencyNumber key={i} fallback={fallback} forChestPain={part === "emergencyHeart"} />
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
