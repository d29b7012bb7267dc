// Links that dial from inside the helpline's country. `dial` is validated by the data schema:
// a short code or national number (digits, maybe a leading * or #) or "+" and an international number.

/** tel: URI (RFC 3966). A "#" must be escaped or the browser reads it as a fragment. */
export function telHref(dial: string): string {
  return `tel:${dial.replace(/#/g, "%23")}`;
}

/** sms: URI (RFC 5724) with the keyword as the message body, so the reader only presses send. */
export function smsHref(dial: string, keyword?: string | null): string {
  const base = `sms:${dial.replace(/#/g, "%23")}`;
  return keyword ? `${base}?body=${encodeURIComponent(keyword)}` : base;
}

/** WhatsApp click-to-chat takes the international number without "+" or spaces. */
export function whatsappHref(dial: string): string {
  return `https://wa.me/${dial.replace(/\D/g, "")}`;
}

export function mailtoHref(address: string, subject?: string, body?: string): string {
  const params = new URLSearchParams();
  if (subject) params.set("subject", subject);
  if (body) params.set("body", body);
  // URLSearchParams writes spaces as "+", which mail clients show literally.
  const query = params.toString().replace(/\+/g, "%20");
  return `mailto:${address}${query ? `?${query}` : ""}`;
}
