// Content strings say {emergency} where the reader's emergency number belongs, and
// {emergencyHeart} where the number for chest pain belongs (the same number, except in regions
// whose health services name a medical one, such as France's 15). Pages are static and the
// region is the reader's, so the number itself is filled in on their device: by the help box
// script in server-rendered text (EmergencyText), by React in client components (WithEmergency).
const PLACEHOLDER = /\{(emergency|emergencyHeart)\}/;

/** The text's pieces in order: plain strings, and the places for a number ({ heart } for chest pain). */
export function splitOnEmergency(text: string): Array<string | { heart: boolean }> {
  // split() with a capture group keeps the placeholder names at the odd indexes.
  return text.split(PLACEHOLDER).map((part, i) => (i % 2 === 1 ? { heart: part === "emergencyHeart" } : part));
}
