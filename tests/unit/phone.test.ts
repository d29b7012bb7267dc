import { describe, expect, it } from "vitest";
import { mailtoHref, smsHref, telHref, whatsappHref } from "@/lib/helplines/phone";

describe("links that dial from inside the country", () => {
  it("keeps short codes as they are", () => {
    expect(telHref("116123")).toBe("tel:116123");
    expect(telHref("988")).toBe("tel:988");
    expect(telHref("024")).toBe("tel:024");
    expect(telHref("1737")).toBe("tel:1737");
  });

  it("keeps national numbers with their leading zero, and international ones with +", () => {
    expect(telHref("08001110111")).toBe("tel:08001110111");
    expect(telHref("+33145394000")).toBe("tel:+33145394000");
  });

  it("escapes # and keeps * codes", () => {
    expect(telHref("*4141")).toBe("tel:*4141");
    expect(telHref("#163")).toBe("tel:%23163");
  });

  it("puts the keyword in the text message", () => {
    expect(smsHref("85258", "SHOUT")).toBe("sms:85258?body=SHOUT");
    expect(smsHref("50808", "HELLO THERE")).toBe("sms:50808?body=HELLO%20THERE");
    expect(smsHref("988")).toBe("sms:988");
  });

  it("builds WhatsApp and mail links", () => {
    expect(whatsappHref("+393240117252")).toBe("https://wa.me/393240117252");
    expect(mailtoHref("jo@samaritans.org")).toBe("mailto:jo@samaritans.org");
    expect(mailtoHref("a@b.org", "Problem with X", "Line 1\nLine 2")).toBe(
      "mailto:a@b.org?subject=Problem%20with%20X&body=Line%201%0ALine%202",
    );
  });

  it("every number in the data files makes a valid tel: link", async () => {
    const { loadDataFiles } = await import("@/lib/helplines/import");
    for (const { data } of loadDataFiles().files) {
      for (const e of data.emergency) expect(telHref(e.dial)).toMatch(/^tel:(\+?\d+|\*\d+|%23\d+)$/);
      for (const h of data.helplines)
        for (const c of h.contacts) if (c.type === "phone") expect(telHref(c.dial)).toMatch(/^tel:(\+?\d+|\*\d+|%23\d+)$/);
    }
  });
});
